import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '../common/actor';
import { InternshipReportQuery, IntakeTotalsQuery } from './internships.dto';
import { InternshipsService } from './internships.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class InternshipsController {
  constructor(private readonly internships: InternshipsService) {}

  @Get('internships')
  @Can('read')
  @ApiOperation({ summary: 'One row per internship base: capacity and, for the academic year, positions, placed, hired (sums of its intakes), utilisation, end date and days left.' })
  report(@Query() query: InternshipReportQuery) {
    return this.internships.report(query);
  }

  @Get('intake-totals')
  @Can('read')
  @ApiOperation({ summary: 'Positions, placed and hired in total, per term, per college and per major (for an academic year, or all years).' })
  totals(@Query() query: IntakeTotalsQuery) {
    return this.internships.totals(query);
  }
}
