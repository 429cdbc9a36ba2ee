import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { canOnRecord } from '@crm/domain';
import { Actor, Can, CurrentActor } from '../common/actor';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ListQueryDto } from '../common/dto';
import { forbidden, notFound } from '../common/errors';
import { msg } from '../common/i18n';
import { ListSpec, queryPage } from '../common/list-query';
import { ApiErrorResponses, ApiErrorSchema } from '../common/api-responses';
import { AuditEvent } from '../common/audit-event.entity';
import { AuditEventSchema } from './audit-event.schema';

const AUDIT_LIST: ListSpec = {
  fields: { at: 'datetime', actorId: 'id', resource: 'string', recordId: 'id', action: 'string' },
  search: ['resource', 'actorName'],
  defaultSort: ['id', 'DESC'],
};

/** Read-only: the audit trail is written by the services, never through the API. */
@ApiTags('audit-events')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Can('read')
  @ApiOperation({
    summary: 'The audit trail (admin); other roles read one record’s timeline, filtered by resource and recordId.',
  })
  @ApiOkResponse({ type: AuditEventSchema, isArray: true })
  @ApiForbiddenResponse({ type: ApiErrorSchema, description: 'Not an admin, and the filter does not name one record.' })
  async list(
    @Query() query: ListQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditEvent[]> {
    if (!canOnRecord(actor, 'audit-events', 'read', { oneRecord: namesOneRecord(query.filter) })) {
      throw forbidden(msg('security.wholeTrailAdminOnly'));
    }
    const page = await queryPage(this.dataSource.getRepository(AuditEvent), AUDIT_LIST, query);
    setPageHeaders(response, 'audit-events', page.range, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  @Can('read')
  @ApiOperation({ summary: 'One audit event (admin); others read events one record’s timeline at a time.' })
  @ApiOkResponse({ type: AuditEventSchema })
  async findOne(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<AuditEvent> {
    if (!canOnRecord(actor, 'audit-events', 'read', { oneRecord: false }))
      throw forbidden(msg('security.singleEventAdminOnly'));
    const event = await this.dataSource.getRepository(AuditEvent).findOne({ where: { id } });
    if (!event) throw notFound('auditEvent', id);
    return event;
  }
}

/** Whether a list filter pins one record: a resource name and one record id. */
function namesOneRecord(filter: string | undefined): boolean {
  try {
    const parsed = JSON.parse(filter ?? '{}') as Record<string, unknown>;
    return typeof parsed.resource === 'string' && Number.isSafeInteger(parsed.recordId);
  } catch {
    return false;
  }
}
