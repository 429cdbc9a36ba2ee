import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Can } from '../common/actor';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ExpiringQuery, RenewAgreementBody } from './agreement.dto';
import { AgreementTermSchema, ExpiryReportSchema, RenewedOutcomeSchema } from './agreement.schema';
import { AgreementsService } from './agreements.service';
import { ApiErrorResponses } from '../common/api-responses';

@ApiTags('outcomes')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('outcomes')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Post(':id/renew')
  @Can('update')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Renew an agreement to a new end date; the replaced term goes into its history, with an audit event.',
  })
  @ApiOkResponse({ type: RenewedOutcomeSchema })
  renew(@IdParam() id: number, @Body() body: RenewAgreementBody, @CurrentActor() actor: Actor) {
    return this.agreements.renew(id, body, actor);
  }

  @Get(':id/terms')
  @Can('read')
  @ApiOperation({ summary: 'The earlier terms of an agreement, oldest first (the current one is on the outcome).' })
  @ApiOkResponse({ type: AgreementTermSchema, isArray: true })
  terms(@IdParam() id: number) {
    return this.agreements.terms(id);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('reports')
export class ExpiryController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('expiring')
  @Can('read')
  @ApiOperation({
    summary:
      'Agreements ended without renewal (first) and those ending within CRM_EXPIRY_DAYS, with their renewal tasks, of one `kind` where asked; sort (within each group) and range as for any list, `total` and the headers counting them all.',
  })
  @ApiOkResponse({ type: ExpiryReportSchema })
  async expiring(@Query() query: ExpiringQuery, @Res({ passthrough: true }) response: Response) {
    const report = await this.agreements.expiring({ sort: query.sort, range: query.range, kind: query.kind });
    setPageHeaders(response, 'expiring', report.range, report.agreements.length, report.total);
    return report;
  }
}
