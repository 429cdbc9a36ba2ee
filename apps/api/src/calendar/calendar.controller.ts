import { Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CurrentActor, Public, Can } from '../common/actor';
import { IdParam } from '../common/crud.controller';
import { msg } from '../common/i18n';
import { CalendarService } from './calendar.service';
import { ApiErrorResponses, DoneSchema } from '../common/api-responses';
import { CalendarLinkSchema } from './calendar.schema';

const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

@ApiTags('calendar')
@ApiErrorResponses()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('link')
  @Can('self')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The logged-in user’s secret calendar link (made on first asking), to subscribe to without logging in.',
  })
  @ApiOkResponse({ type: CalendarLinkSchema })
  async link(@CurrentActor() actor: Actor): Promise<{ url: string }> {
    return { url: this.calendar.urlOf(await this.calendar.secretFor(actor)) };
  }

  @Post('link')
  @Can('self')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Issue a new secret calendar link; the old one stops working (404).' })
  @ApiOkResponse({ type: CalendarLinkSchema })
  async renew(@CurrentActor() actor: Actor): Promise<{ url: string }> {
    return { url: this.calendar.urlOf(await this.calendar.secretFor(actor, true)) };
  }

  @Delete('links/:id')
  @Can('delete')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The admin ends an account’s calendar link (the account’s id); its feed answers 404 from then on.',
  })
  @ApiOkResponse({ type: DoneSchema })
  revoke(@IdParam() staffId: number, @CurrentActor() actor: Actor): Promise<{ ok: true }> {
    return this.calendar.revoke(staffId, actor);
  }

  @Public()
  @Get(':file')
  @ApiOperation({
    summary:
      'The iCalendar feed behind a secret link: the user’s meetings and open tasks with due dates. A forged or revoked secret answers 404.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The feed (RFC 5545).' })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const secret = FEED_FILE.exec(file)?.[1];
    const feed = secret ? await this.calendar.feed(secret) : null;
    if (feed === null) throw new NotFoundException({ message: msg('workflow.noCalendar') });
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    return feed;
  }
}
