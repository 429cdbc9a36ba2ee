import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Locale } from '@crm/domain';
import { Can } from '../common/actor';
import { setPageHeaders } from '../common/crud.controller';
import { RequestLocale } from '../common/i18n';
import { sendAsDownload } from '../exports/spreadsheet';
import { InternshipExportQuery, InternshipReportQuery, IntakeTotalsQuery } from './internships.dto';
import { InternshipsService } from './internships.service';
import { ApiErrorResponses } from '../common/api-responses';
import { InternshipRowSchema, IntakeTotalsSchema } from './internships.schema';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class InternshipsController {
  constructor(private readonly internships: InternshipsService) {}

  @Get('internships')
  @Can('read')
  @ApiOperation({
    summary:
      'One row per internship base: capacity and, for the academic year, positions, placed, hired (sums of its intakes), utilisation, end date and days left. Sorted and paged like any list (sort, range; Content-Range and X-Total-Count carry the total); without a range, the first 25 (the export gives every base).',
  })
  @ApiOkResponse({ type: InternshipRowSchema, isArray: true })
  async report(@Query() query: InternshipReportQuery, @Res({ passthrough: true }) response: Response) {
    const page = await this.internships.report(query);
    setPageHeaders(response, 'internships', page.range, page.rows.length, page.total);
    return page.rows;
  }

  @Get('internships/export')
  @Can('read')
  @ApiOperation({
    summary:
      'The internship report as filtered and sorted, every base, as CSV (UTF-8 with BOM) or XLSX, headed in the language of Accept-Language.',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as a download.', schema: { type: 'string', format: 'binary' } })
  async export(
    @Query() query: InternshipExportQuery,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) response: Response,
  ) {
    const file = await this.internships.export(query, query.format ?? 'csv', locale);
    sendAsDownload(response, file);
    return new StreamableFile(file.body);
  }

  @Get('intake-totals')
  @Can('read')
  @ApiOperation({
    summary:
      'Positions, placed and hired in total, per term, per college and per major (for an academic year, or all years).',
  })
  @ApiOkResponse({ type: IntakeTotalsSchema })
  totals(@Query() query: IntakeTotalsQuery) {
    return this.internships.totals(query);
  }
}
