import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeReport } from '@crm/domain';
import { Can } from '../common/actor';
import { Clock } from '../common/clock';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
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
      'The home dashboard: active partners, meetings this academic year, live internship bases and their capacity, agreements ending within CRM_EXPIRY_DAYS (default 90), overdue tasks, meetings per month, outcomes by kind and stage, top chambers.',
  })
  @ApiOkResponse({ description: 'HomeReport (libs/domain/src/api-types.ts)' })
  home(): Promise<HomeReport> {
    return this.reports.home(this.clock.now());
  }
}
