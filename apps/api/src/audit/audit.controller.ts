import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ListQueryDto } from '../common/dto';
import { notFound } from '../common/errors';
import { ListSpec, queryPage } from '../common/list-query';
import { AuditEvent } from './audit-event.entity';

const AUDIT_LIST: ListSpec = {
  fields: { at: 'datetime', actorId: 'id', resource: 'string', recordId: 'id', action: 'string' },
  search: ['resource', 'actorName'],
  defaultSort: ['id', 'DESC'],
};

/** Read-only: the audit trail is written by the services, never through the API. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response): Promise<AuditEvent[]> {
    const page = await queryPage(this.dataSource.getRepository(AuditEvent), AUDIT_LIST, query);
    setPageHeaders(response, 'audit-events', page.range, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  @ApiOkResponse({ type: AuditEvent })
  async findOne(@IdParam() id: number): Promise<AuditEvent> {
    const event = await this.dataSource.getRepository(AuditEvent).findOne({ where: { id } });
    if (!event) throw notFound('auditEvent', id);
    return event;
  }
}
