import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { CrudDependencies } from './crud.service';
import { RecordChanges } from './record-changes';

/** What every resource's service is built with: the data source and write queue (DatabaseModule) and the audit trail. */
@Global()
@Module({
  providers: [AuditService, CrudDependencies, RecordChanges],
  exports: [AuditService, CrudDependencies, RecordChanges],
})
export class CommonModule {}
