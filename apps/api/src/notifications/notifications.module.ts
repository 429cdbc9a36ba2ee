import { Module } from '@nestjs/common';
import { MailChannel, WecomChannel } from './channels';
import { DailyNotices } from './daily-notices';
import { NotificationEvents } from './notification-events';
import {
  NotificationDeliveriesController,
  NotificationsController,
  NotificationSettingsController,
} from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox.worker';
import { TestMessage } from './test-message';

/** Notifications in the app, by e-mail and in WeChat Work groups, and the daily digest (issue 23). */
@Module({
  controllers: [NotificationsController, NotificationDeliveriesController, NotificationSettingsController],
  providers: [
    NotificationsService,
    NotificationEvents,
    OutboxWorker,
    DailyNotices,
    MailChannel,
    WecomChannel,
    TestMessage,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
