import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnnualReportModule } from './annual-report/annual-report.module';
import { AgreementsModule } from './agreements/agreements.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { AuthModule } from './auth/auth.module';
import { ChambersModule } from './chambers/chambers.module';
import { Clock } from './common/clock';
import { ErrorFilter } from './common/error.filter';
import { createValidationPipe } from './common/validation';
import { APP_CONFIG, AppConfig } from './config/config';
import { ContactsModule } from './contacts/contacts.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { ExportsModule } from './exports/exports.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { IntakesModule } from './intakes/intakes.module';
import { InternshipsModule } from './internships/internships.module';
import { MajorsModule } from './majors/majors.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MembershipsModule } from './memberships/memberships.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { ReportsModule } from './reports/reports.module';
import { SearchModule } from './search/search.module';
import { StaffModule } from './staff/staff.module';
import { TasksModule } from './tasks/tasks.module';
import { UnitsModule } from './units/units.module';

/** Where `vite build` puts the dashboard; served at / when it is there. */
export const DASHBOARD_DIR = resolve(__dirname, '..', 'dashboard');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const dashboard = existsSync(join(DASHBOARD_DIR, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: DASHBOARD_DIR, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule,
        AuthModule,
        // before the resources they add routes to: /enterprises/duplicates must not be read as /enterprises/:id
        DuplicatesModule,
        ExportsModule,
        ChambersModule,
        EnterprisesModule,
        MembershipsModule,
        ContactsModule,
        UnitsModule,
        MajorsModule,
        StaffModule,
        MeetingsModule,
        OutcomesModule,
        IntakesModule,
        TasksModule,
        AuditModule,
        ReportsModule,
        ImportsModule,
        AnnualReportModule,
        AgreementsModule,
        InternshipsModule,
        PipelineModule,
        AttachmentsModule,
        CalendarModule,
        SearchModule,
        DemoModule,
        ...dashboard,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Clock,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
