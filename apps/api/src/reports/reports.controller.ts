import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeReport } from '@crm/domain';
import { Can } from '../common/actor';
import { Clock } from '../common/clock';
import { QueryId } from '../common/validation';
import { ReportsService } from './reports.service';
import { ApiErrorResponses } from '../common/api-responses';
import { HomeReportSchema } from './home-report.schema';

export class HomeQuery {
  /** One college's figures: its outcomes, their partners and meetings, its tasks (each the list its figure opens, filtered by unitId). */
  @QueryId() unitId?: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {}

  @Get('home')
  @Can('read')
  @ApiOperation({
    summary:
      'The home dashboard: active partners, meetings this academic year, live internship bases and their capacity, agreements ending within CRM_EXPIRY_DAYS (default 90), overdue tasks, meetings per month, outcomes by kind and stage, top chambers; of the whole school, or of one college with `unitId`.',
  })
  @ApiOkResponse({ type: HomeReportSchema })
  home(@Query() query: HomeQuery): Promise<HomeReport> {
    return query.unitId ? this.reports.homeOfUnit(query.unitId, this.clock.now()) : this.reports.home(this.clock.now());
  }
}
