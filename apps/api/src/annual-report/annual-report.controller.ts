import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { isAcademicYear, Locale } from '@crm/domain';
import { Can } from '../common/actor';
import { fieldErrors } from '../common/errors';
import { msg, RequestLocale } from '../common/i18n';
import { AnnualReportService, reportJson } from './annual-report.service';
import { ApiErrorResponses } from '../common/api-responses';
import { AnnualReportSchema } from './annual-report.schema';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class AnnualReportController {
  constructor(private readonly reports: AnnualReportService) {}

  @Get('annual')
  @Can('read')
  @ApiOperation({
    summary:
      'The 产学合作 figures of an academic year (1 September – 31 August): per major, and per off-campus training base and major, each figure with the records behind it. format=xlsx answers a workbook with one sheet per table, headed in the language of Accept-Language.',
  })
  @ApiQuery({ name: 'academicYear', example: '2024-2025' })
  @ApiQuery({ name: 'format', enum: ['json', 'xlsx'], required: false })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ type: AnnualReportSchema, description: 'As JSON; with format=xlsx, the sheet.' })
  async annual(
    @Query('academicYear') academicYear: unknown,
    @Query('format') format: unknown,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!isAcademicYear(academicYear)) throw fieldErrors({ academicYear: msg('validation.academicYear') });
    if (format !== undefined && format !== 'json' && format !== 'xlsx')
      throw fieldErrors({ format: msg('annualReport.formatOneOf') });
    const report = await this.reports.report(academicYear);
    if (format !== 'xlsx') {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      return new StreamableFile(Readable.from(reportJson(report)));
    }
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', `attachment; filename="annual-report-${academicYear}.xlsx"`);
    return new StreamableFile(await this.reports.workbook(report, locale));
  }
}
