import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { ReadPool } from './read-pool';
import { TOKEN_SECRET, tokenSecretOf } from './token-secret';
import { TriggerRepair } from './trigger-repair.provider';
import { WriteQueue } from './write-queue';

/** The data source of the given entities (the registry's), its write queue and its readers. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: NonNullable<DataSourceOptions['entities']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config.database, entities),
        }),
      ],
      providers: [
        WriteQueue,
        ReadPool,
        TriggerRepair,
        { provide: TOKEN_SECRET, inject: [APP_CONFIG, DataSource], useFactory: tokenSecretOf },
      ],
      exports: [WriteQueue, ReadPool, TOKEN_SECRET],
    };
  }
}
