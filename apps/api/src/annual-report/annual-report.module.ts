import { Module } from '@nestjs/common';
import { AnnualReportController } from './annual-report.controller';
import { AnnualReportService } from './annual-report.service';

@Module({ controllers: [AnnualReportController], providers: [AnnualReportService] })
export class AnnualReportModule {}
