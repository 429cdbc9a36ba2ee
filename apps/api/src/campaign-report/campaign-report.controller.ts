import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CampaignReport, Locale } from '@crm/domain';
import { Can } from '../common/actor';
import { fieldErrors } from '../common/errors';
import { msg, RequestLocale } from '../common/i18n';
import { CampaignReportService } from './campaign-report.service';
import { ApiErrorResponses } from '../common/api-responses';
import { CampaignReportSchema } from './campaign-report.schema';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class CampaignReportController {
  constructor(private readonly reports: CampaignReportService) {}

  @Get('campaign')
  @Can('read')
  @ApiOperation({
    summary:
      'The 访企拓岗 campaign: per person, per unit and in total, visits, distinct enterprises visited, positions, interns and graduates wanted, outcomes signed after a visit and the share of the quota done, each with the ids behind it. format=xlsx answers the sheet headed in the ministry’s words.',
  })
  @ApiQuery({ name: 'campaignId', example: 1 })
  @ApiQuery({ name: 'format', enum: ['json', 'xlsx'], required: false })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ type: CampaignReportSchema, description: 'As JSON; with format=xlsx, the sheet.' })
  async campaign(
    @Query('campaignId') campaignId: unknown,
    @Query('format') format: unknown,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CampaignReport | StreamableFile> {
    const id = Number(campaignId);
    if (typeof campaignId !== 'string' || !/^\d+$/.test(campaignId) || !Number.isSafeInteger(id) || id < 1)
      throw fieldErrors({ campaignId: msg('validation.positiveId') });
    if (format !== undefined && format !== 'json' && format !== 'xlsx')
      throw fieldErrors({ format: msg('annualReport.formatOneOf') });
    const report = await this.reports.report(id);
    if (format !== 'xlsx') return report;
    response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.setHeader('Content-Disposition', `attachment; filename="campaign-${id}.xlsx"`);
    return new StreamableFile(await this.reports.workbook(report, locale));
  }
}
