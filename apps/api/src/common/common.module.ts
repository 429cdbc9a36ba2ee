import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { CrudDependencies } from './crud.service';

/** What every resource's service is built with: the data source and write queue (DatabaseModule) and the audit trail. */
@Global()
@Module({
  providers: [AuditService, CrudDependencies],
  exports: [AuditService, CrudDependencies],
})
export class CommonModule {}
