import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Not, IsNull } from 'typeorm';
import type { DeliveryChannel, Locale } from '@crm/domain';
import type { Actor } from '../common/actor';
import { msg, translate } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WriteQueue } from '../database/write-queue';
import { Staff } from '../staff/staff.entity';
import { Unit } from '../units/unit.entity';
import { MailChannel, WecomChannel } from './channels';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationsService } from './notifications.service';

export interface ChannelResult {
  channel: DeliveryChannel;
  target: string | null;
  ok: boolean;
  error: string | null;
}

/** The admin's test: one message on every configured channel, sent now, each channel's result answered and kept in the delivery list. */
@Injectable()
export class TestMessage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly notifications: NotificationsService,
    private readonly mail: MailChannel,
    private readonly wecom: WecomChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(actor: Actor, locale: Locale): Promise<ChannelResult[]> {
    const rendered = this.notifications.render(
      msg('notifications.testTitle'),
      [msg('notifications.testBody', { actor: actor.name })],
      '/',
      locale,
    );
    const results: ChannelResult[] = [];
    const admin = await this.dataSource.getRepository(Staff).findOneByOrFail({ id: actor.id });
    if (!this.mail.configured)
      results.push({
        channel: 'email',
        target: null,
        ok: false,
        error: translate(msg('notifications.noChannel'), locale),
      });
    else if (!admin.email)
      results.push({
        channel: 'email',
        target: null,
        ok: false,
        error: translate(msg('notifications.noEmail'), locale),
      });
    else {
      const payload = this.mail.render(rendered);
      results.push(
        await this.attempt('email', admin.email, JSON.stringify(payload), () => this.mail.send(admin.email!, payload)),
      );
    }
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ select: { id: true, wecomWebhook: true }, where: { wecomWebhook: Not(IsNull()) } });
    const webhooks = [
      ...new Set(
        [this.config.notifications.wecomWebhook, ...units.map((unit) => unit.wecomWebhook)].filter(
          (webhook): webhook is string => Boolean(webhook),
        ),
      ),
    ];
    if (!webhooks.length)
      results.push({
        channel: 'wecom',
        target: null,
        ok: false,
        error: translate(msg('notifications.noChannel'), locale),
      });
    for (const webhook of webhooks) {
      const payload = this.wecom.render(rendered, null);
      results.push(
        await this.attempt('wecom', webhook, JSON.stringify(payload), () => this.wecom.post(webhook, payload)),
      );
    }
    return results;
  }

  private async attempt(
    channel: DeliveryChannel,
    target: string,
    payload: string,
    send: () => Promise<void>,
  ): Promise<ChannelResult> {
    let error: string | null = null;
    try {
      await send();
    } catch (problem) {
      error = problem instanceof Error ? problem.message : String(problem);
    }
    const now = new Date();
    await this.writes.transaction((manager) =>
      // eslint-disable-next-line no-restricted-syntax -- the outbox is delivery bookkeeping, not a record
      manager.insert(NotificationDelivery, {
        notificationId: null,
        channel,
        target,
        payload,
        status: error ? 'failed' : 'sent',
        attempts: 1,
        lastError: error,
        nextAttemptAt: now,
        claimedUntil: null,
        createdAt: now,
        sentAt: error ? null : now,
      }),
    );
    return { channel, target: shortTarget(target), ok: !error, error };
  }
}

/** A webhook's key is a secret that lets anyone post to the group: shown only by its first characters. */
export function shortTarget(target: string): string {
  return target.replace(/([?&]key=[^&]{4})[^&]*/, '$1…');
}
