import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service';
import { CrudDependencies } from '../common/crud.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { ReadPool } from './read-pool';
import { TriggerRepair } from './trigger-repair';
import { WriteQueue } from './write-queue';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database),
    }),
  ],
  providers: [WriteQueue, ReadPool, AuditService, CrudDependencies, TriggerRepair],
  exports: [WriteQueue, ReadPool, AuditService, CrudDependencies],
})
export class DatabaseModule {}
