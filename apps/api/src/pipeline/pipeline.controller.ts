import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalYearQuery, StalePartnersQuery, YearQuery } from './pipeline.dto';
import { PipelineService } from './pipeline.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get('funnel')
  @ApiOperation({ summary: 'Live enterprises per relationship stage (prospect → engaged → negotiating → partner → lapsed); each count is the enterprise list filtered by that stage.' })
  funnel() {
    return this.pipeline.funnel();
  }

  @Get('stale-partners')
  @ApiOperation({ summary: 'Partners with no contact in the last `months` months (default 6), with their owner.' })
  stalePartners(@Query() query: StalePartnersQuery) {
    return this.pipeline.stalePartners(query.months);
  }

  @Get('chambers')
  @ApiOperation({ summary: 'Per chamber, ranked: members, engaged members, partners, meetings and outcomes (brought or born in its meetings, counted once); all time without academicYear.' })
  chambers(@Query() query: OptionalYearQuery) {
    return this.pipeline.chambers(query.academicYear);
  }

  @Get('year')
  @ApiOperation({ summary: 'The home figures of an academic year beside the year before: meetings, enterprises met, outcomes, agreements signed, positions, placed, hired.' })
  year(@Query() query: YearQuery) {
    return this.pipeline.yearOverYear(query.academicYear);
  }
}
