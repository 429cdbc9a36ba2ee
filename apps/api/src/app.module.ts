import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnnualReportModule } from './annual-report/annual-report.module';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { CampaignReportModule } from './campaign-report/campaign-report.module';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { CommonModule } from './common/common.module';
import { ErrorFilter } from './common/error.filter';
import { IdempotencyInterceptor, interceptEveryPost } from './common/idempotency.interceptor';
import { RESOURCE_REGISTRY } from './common/resource';
import { createValidationPipe } from './common/validation';
import { APP_CONFIG, AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { ExportsModule } from './exports/exports.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { InternshipsModule } from './internships/internships.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { ReportsModule } from './reports/reports.module';
import { ENTITIES, RESOURCES } from './resources';
import { StandingModule } from './standing/standing.module';
import { SearchModule } from './search/search.module';

/** Where `vite build` puts the dashboard; served at / when it is there. */
export const DASHBOARD_DIR = resolve(__dirname, '..', 'dashboard');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const dashboard = existsSync(join(DASHBOARD_DIR, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: DASHBOARD_DIR, exclude: ['/api/{*path}'] })]
      : [];
    const imports = [
      DatabaseModule.forRoot(ENTITIES),
      CommonModule,
      AuthModule,
      // before the resources they add routes to: /enterprises/duplicates must not be read as /enterprises/:id
      DuplicatesModule,
      ExportsModule,
      ...RESOURCES.map((declaration) => declaration.module),
      StandingModule,
      AuditModule,
      ReportsModule,
      CampaignReportModule,
      ImportsModule,
      AnnualReportModule,
      AgreementsModule,
      InternshipsModule,
      PipelineModule,
      CalendarModule,
      NotificationsModule,
      SearchModule,
      DemoModule,
      ...dashboard,
    ];
    const app: DynamicModule = {
      module: AppModule,
      global: true,
      imports,
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RESOURCE_REGISTRY, useValue: RESOURCES },
        Clock,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [APP_CONFIG, Clock, RESOURCE_REGISTRY],
    };
    // after the guard, which names the account a key belongs to (interceptors run after guards)
    interceptEveryPost([app], IdempotencyInterceptor);
    return app;
  }
}
