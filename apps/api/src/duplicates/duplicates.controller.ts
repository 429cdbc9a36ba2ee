import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, Can, CurrentActor } from '../common/actor';
import { IdParam } from '../common/crud.controller';
import { fieldErrors } from '../common/errors';
import { msg } from '../common/i18n';
import { DuplicatesService } from './duplicates.service';
import { MergeBody } from './merge.dto';
import { MergeService } from './merge.service';
import { ApiErrorResponses } from '../common/api-responses';
import {
  ContactMergeSchema,
  ContactPairSchema,
  EnterpriseMergeSchema,
  EnterprisePairSchema,
  SimilarContactSchema,
  SimilarEnterpriseSchema,
} from './duplicates.schema';

/** A query parameter that must be an id when present. */
function optionalId(field: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const id = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(id) || id < 1)
    throw fieldErrors({ [field]: msg('validation.id') });
  return id;
}

function optionalText(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 300)
    throw fieldErrors({ [field]: msg('merge.queryText', { max: 300 }) });
  return value;
}

/*
 * Registered before the resources' own controllers (see app.module.ts), so that
 * /enterprises/duplicates is this route and not GET /enterprises/:id.
 */
@ApiTags('enterprises')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('enterprises')
export class EnterpriseDuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: MergeService,
  ) {}

  @Get('duplicates')
  @Can('read')
  @ApiOperation({
    summary:
      'Likely duplicate pairs among live enterprises (same USCC, normalised name or alias), newest first, with the reason.',
  })
  @ApiOkResponse({ type: EnterprisePairSchema, isArray: true })
  pairs() {
    return this.duplicates.enterprisePairs();
  }

  @Get('similar')
  @Can('read')
  @ApiOperation({
    summary:
      'Live enterprises that a new or edited one with this name, code or aliases would duplicate: the form shows them before saving.',
  })
  @ApiOkResponse({ type: SimilarEnterpriseSchema, isArray: true })
  @ApiQuery({ name: 'name', required: false })
  @ApiQuery({ name: 'uscc', required: false })
  @ApiQuery({ name: 'aliases', required: false, description: 'Several separated by commas' })
  @ApiQuery({ name: 'excludeId', required: false, description: 'The record being edited' })
  similar(@Query() query: Record<string, unknown>) {
    const aliases = optionalText('aliases', query.aliases);
    return this.duplicates.similarEnterprises({
      name: optionalText('name', query.name),
      uscc: optionalText('uscc', query.uscc),
      aliases: aliases ? aliases.split(',') : [],
      excludeId: optionalId('excludeId', query.excludeId),
    });
  }

  @Post(':id/merge')
  @Can('merge')
  @ApiOperation({
    summary:
      'Merge another enterprise into this one (administrator): its contacts, memberships, meetings, outcomes (and their intakes) and tasks move here, its names become aliases, it goes to the trash; one audit event.',
  })
  @ApiCreatedResponse({ type: EnterpriseMergeSchema })
  merge(@IdParam() id: number, @Body() body: MergeBody, @CurrentActor() actor: Actor) {
    return this.merges.mergeEnterprises(id, body, actor);
  }
}

@ApiTags('contacts')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('contacts')
export class ContactDuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: MergeService,
  ) {}

  @Get('duplicates')
  @Can('read')
  @ApiOperation({
    summary:
      'Likely duplicate pairs among live contacts (same phone, e-mail, or name at the same organisation), newest first, with the reason.',
  })
  @ApiOkResponse({ type: ContactPairSchema, isArray: true })
  pairs() {
    return this.duplicates.contactPairs();
  }

  @Get('similar')
  @Can('read')
  @ApiOperation({
    summary:
      'Live contacts that a new or edited one would duplicate (same phone, e-mail, or name at the same organisation).',
  })
  @ApiOkResponse({ type: SimilarContactSchema, isArray: true })
  @ApiQuery({ name: 'name', required: false })
  @ApiQuery({ name: 'phone', required: false })
  @ApiQuery({ name: 'email', required: false })
  @ApiQuery({ name: 'enterpriseId', required: false })
  @ApiQuery({ name: 'chamberId', required: false })
  @ApiQuery({ name: 'excludeId', required: false })
  similar(@Query() query: Record<string, unknown>) {
    return this.duplicates.similarContacts({
      name: optionalText('name', query.name),
      phone: optionalText('phone', query.phone),
      email: optionalText('email', query.email),
      enterpriseId: optionalId('enterpriseId', query.enterpriseId),
      chamberId: optionalId('chamberId', query.chamberId),
      excludeId: optionalId('excludeId', query.excludeId),
    });
  }

  @Post(':id/merge')
  @Can('merge')
  @ApiOperation({
    summary:
      'Merge another contact into this one (administrator): its meeting attendance moves here, it goes to the trash; one audit event.',
  })
  @ApiCreatedResponse({ type: ContactMergeSchema })
  merge(@IdParam() id: number, @Body() body: MergeBody, @CurrentActor() actor: Actor) {
    return this.merges.mergeContacts(id, body, actor);
  }
}
