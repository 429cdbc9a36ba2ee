import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '../common/actor';
import { OptionalYearQuery, StalePartnersQuery, YearQuery } from './pipeline.dto';
import { PipelineService } from './pipeline.service';
import { ApiErrorResponses } from '../common/api-responses';
import {
  ChamberAttributionSchema,
  FunnelStageSchema,
  StalePartnersSchema,
  YearOverYearSchema,
} from './pipeline.schema';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get('funnel')
  @Can('read')
  @ApiOperation({
    summary:
      'Live enterprises per relationship stage (prospect → engaged → negotiating → partner → lapsed); each count is the enterprise list filtered by that stage.',
  })
  @ApiOkResponse({ type: FunnelStageSchema, isArray: true })
  funnel() {
    return this.pipeline.funnel();
  }

  @Get('stale-partners')
  @Can('read')
  @ApiOperation({ summary: 'Partners with no contact in the last `months` months (default 6), with their owner.' })
  @ApiOkResponse({ type: StalePartnersSchema })
  stalePartners(@Query() query: StalePartnersQuery) {
    return this.pipeline.stalePartners(query.months);
  }

  @Get('chambers')
  @Can('read')
  @ApiOperation({
    summary:
      'Per chamber, ranked: members, engaged members, partners, meetings and outcomes (brought or born in its meetings, counted once); all time without academicYear.',
  })
  @ApiOkResponse({ type: ChamberAttributionSchema, isArray: true })
  chambers(@Query() query: OptionalYearQuery) {
    return this.pipeline.chambers(query.academicYear);
  }

  @Get('year')
  @Can('read')
  @ApiOperation({
    summary:
      'The home figures of an academic year beside the year before: meetings, enterprises met, outcomes, agreements signed, positions, placed, hired.',
  })
  @ApiOkResponse({ type: YearOverYearSchema })
  year(@Query() query: YearQuery) {
    return this.pipeline.yearOverYear(query.academicYear);
  }
}
