import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { Response } from 'express';
import type { Locale, NotificationDeliveryRecord, NotificationRecord, NotificationSettingsRecord } from '@crm/domain';
import { Actor, Can, CurrentActor } from '../common/actor';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ListQueryDto } from '../common/dto';
import { ListSpec, queryPage } from '../common/list-query';
import { RequestLocale, withMessage } from '../common/i18n';
import { DataSource } from 'typeorm';
import { DailyNotices } from './daily-notices';
import { NotificationDelivery } from './notification-delivery.entity';
import {
  ChannelResultSchema,
  DigestsWrittenSchema,
  NotificationDeliverySchema,
  NotificationSchema,
  NotificationsReadSchema,
} from './notification.schema';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox.worker';
import { shortTarget, TestMessage } from './test-message';
import { ApiErrorResponses } from '../common/api-responses';

class NotificationSettingsBody {
  @ApiProperty({ description: 'E-mail to the account’s address.' })
  @IsBoolean(withMessage('validation.boolean'))
  email: boolean;
  @ApiProperty({ description: 'Posts to the unit’s (or the school’s) WeChat Work group.' })
  @IsBoolean(withMessage('validation.boolean'))
  wecom: boolean;
  @ApiProperty({ description: 'The daily digest.' }) @IsBoolean(withMessage('validation.boolean')) digest: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly test: TestMessage,
    private readonly daily: DailyNotices,
    private readonly worker: OutboxWorker,
  ) {}

  @Get()
  @Can('self')
  @ApiOperation({
    summary: 'The signed-in user’s notifications, newest first (simple-rest); filter={"read":false} for the unread.',
  })
  @ApiOkResponse({ type: NotificationSchema, isArray: true })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListQueryDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) response: Response,
  ): Promise<NotificationRecord[]> {
    const page = await this.notifications.list(actor.id, query, locale);
    setPageHeaders(response, 'notifications', page.range, page.records.length, page.total);
    return page.records;
  }

  @Post('read-all')
  @Can('self')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks all of the user’s notifications read; answers how many were unread.' })
  @ApiOkResponse({ type: NotificationsReadSchema })
  readAll(@CurrentActor() actor: Actor): Promise<{ read: number }> {
    return this.notifications.markAllRead(actor.id);
  }

  @Post('test')
  @Can('create')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Admin: sends a test message on every configured channel now and answers each channel’s result.',
  })
  @ApiOkResponse({ type: ChannelResultSchema, isArray: true })
  sendTest(@CurrentActor() actor: Actor, @RequestLocale() locale: Locale) {
    return this.test.send(actor, locale);
  }

  @Post('digest')
  @Can('create')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Admin: writes today’s digests now (a second call the same day writes none) and sends them.',
  })
  @ApiOkResponse({ type: DigestsWrittenSchema })
  async digest(): Promise<{ digests: number }> {
    const digests = await this.daily.digest();
    void this.worker.runOnce();
    return { digests };
  }

  @Post(':id/read')
  @Can('self')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of the user’s notifications read.' })
  @ApiOkResponse({ type: NotificationSchema })
  read(
    @CurrentActor() actor: Actor,
    @IdParam() id: number,
    @RequestLocale() locale: Locale,
  ): Promise<NotificationRecord> {
    return this.notifications.markRead(actor.id, id, locale);
  }
}

const DELIVERY_SPEC: ListSpec = {
  fields: {
    channel: 'string',
    status: 'string',
    attempts: 'number',
    notificationId: 'id',
    createdAt: 'datetime',
    sentAt: 'datetime',
  },
  search: [],
  defaultSort: ['id', 'DESC'],
};

@ApiTags('notifications')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('notification-deliveries')
export class NotificationDeliveriesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Can('read')
  @ApiOperation({ summary: 'Admin: the outbox, each delivery with its status, attempts and last error (simple-rest).' })
  @ApiOkResponse({ type: NotificationDeliverySchema, isArray: true })
  async list(
    @Query() query: ListQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<NotificationDeliveryRecord[]> {
    const page = await queryPage(this.dataSource.getRepository(NotificationDelivery), DELIVERY_SPEC, query);
    setPageHeaders(response, 'notification-deliveries', page.range, page.rows.length, page.total);
    return page.rows.map((row) => ({
      id: row.id,
      notificationId: row.notificationId,
      channel: row.channel,
      target: shortTarget(row.target),
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    }));
  }
}

@ApiTags('auth')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('auth')
export class NotificationSettingsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notification-settings')
  @Can('self')
  @ApiOperation({
    summary: 'The channels this account is told on: in the app always, by e-mail and WeChat Work as chosen.',
  })
  @ApiOkResponse({ type: NotificationSettingsBody, description: 'The account’s channels; in the app always.' })
  get(@CurrentActor() actor: Actor): Promise<NotificationSettingsRecord> {
    return this.notifications.settings(actor.id);
  }

  @Put('notification-settings')
  @Can('self')
  @ApiOperation({ summary: 'Choose the channels this account is told on.' })
  @ApiOkResponse({ type: NotificationSettingsBody })
  put(@CurrentActor() actor: Actor, @Body() body: NotificationSettingsBody): Promise<NotificationSettingsRecord> {
    return this.notifications.saveSettings(actor.id, body);
  }
}
