import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { claimDue } from '../database/claim';
import { WriteQueue } from '../database/write-queue';
import { MailChannel, MailPayload, WECOM_MAX_BYTES, WECOM_PER_MINUTE, WecomChannel, WecomPayload } from './channels';
import { NotificationDelivery } from './notification-delivery.entity';

/** Rows one pass claims. */
const CLAIM_LIMIT = 100;

/**
 * Sends the outbox: claims due rows (one instance each, see database/claim.ts), sends them, and
 * marks each sent, or due again after a backoff, or failed after the last attempt. Every instance
 * runs it; a row is sent by the one that claimed it.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private pass: Promise<number> = Promise.resolve(0);
  /** How often the outbox is looked at. */
  pollMs = 2_000;
  /** The wait before the second attempt, doubled before each further one; a spec lifts it. */
  backoffMs = 60_000;
  attempts = 3;
  /** How long a claim holds: a worker that died mid-send lets its rows go after this. */
  leaseMs = 120_000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly mail: MailChannel,
    private readonly wecom: WecomChannel,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** No more passes by the timer: a spec that counts what each pass sends runs them itself (runOnce, drain). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.runOnce()
        .catch((error: unknown) =>
          this.logger.error(`The outbox could not be sent: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          if (this.timer) this.schedule();
        });
    }, this.pollMs);
    this.timer.unref();
  }

  /** One pass over what is due (after the pass already running in this process); answers how many rows it sent or failed (not those left for the robot's next minute). */
  runOnce(): Promise<number> {
    this.pass = this.pass.catch(() => 0).then(() => this.sendDue());
    return this.pass;
  }

  /** Passes until a pass sends nothing (tests). */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0);
  }

  private async sendDue(): Promise<number> {
    const now = new Date();
    const ids = await this.writes.transaction((manager) =>
      claimDue(manager, NotificationDelivery, now, new Date(now.getTime() + this.leaseMs), CLAIM_LIMIT),
    );
    if (!ids.length) return 0;
    const rows = await this.dataSource
      .getRepository(NotificationDelivery)
      .find({ where: { id: In(ids) }, order: { id: 'ASC' } });
    const mails = rows.filter((delivery) => delivery.channel === 'email');
    for (const row of mails)
      await this.settle(
        [row],
        await this.attempt(() => this.mail.send(row.target, JSON.parse(row.payload) as MailPayload)),
      );
    const byWebhook = new Map<string, NotificationDelivery[]>();
    for (const row of rows.filter((delivery) => delivery.channel === 'wecom'))
      byWebhook.set(row.target, [...(byWebhook.get(row.target) ?? []), row]);
    let settled = mails.length;
    for (const [webhook, queued] of byWebhook) settled += await this.sendToGroup(webhook, queued);
    return settled;
  }

  /**
   * A robot takes 20 messages a minute: while the minute has room each row is its own message; the
   * last message the minute allows carries all the rest that fit, and what does not fit waits.
   */
  private async sendToGroup(webhook: string, queued: NotificationDelivery[]): Promise<number> {
    const minuteAgo = new Date(Date.now() - 60_000);
    const sent = await this.dataSource
      .getRepository(NotificationDelivery)
      .createQueryBuilder('delivery')
      .select('COUNT(DISTINCT "delivery"."sentAt")', 'messages')
      .where({ target: webhook, status: 'sent', sentAt: MoreThan(minuteAgo) })
      .getRawOne<{ messages: string | number }>();
    const room = WECOM_PER_MINUTE - Number(sent?.messages ?? 0);
    if (room <= 0) {
      await this.release(queued);
      return 0;
    }
    const singles = queued.length <= room ? queued : queued.slice(0, room - 1);
    for (const row of singles)
      await this.settle(
        [row],
        await this.attempt(() => this.wecom.post(webhook, JSON.parse(row.payload) as WecomPayload)),
      );
    const rest = queued.slice(singles.length);
    if (!rest.length) return singles.length;
    const packed: NotificationDelivery[] = [];
    let bytes = 0;
    for (const row of rest) {
      const size = Buffer.byteLength((JSON.parse(row.payload) as WecomPayload).content) + 2;
      if (packed.length && bytes + size > WECOM_MAX_BYTES) break;
      packed.push(row);
      bytes += size;
    }
    const batch = this.wecom.batch(
      packed.map((row) => (JSON.parse(row.payload) as WecomPayload).content),
      null,
    );
    await this.settle(packed, await this.attempt(() => this.wecom.post(webhook, batch)));
    await this.release(rest.slice(packed.length));
    return singles.length + packed.length;
  }

  private async attempt(send: () => Promise<void>): Promise<Error | null> {
    try {
      await send();
      return null;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Rows sent together share one sentAt (one message); a failure is due again after the backoff, or failed after the last attempt. */
  private async settle(rows: NotificationDelivery[], error: Error | null): Promise<void> {
    const now = new Date();
    await this.writes.transaction(async (manager) => {
      for (const row of rows) {
        const attempts = row.attempts + 1;
        if (!error) {
          // eslint-disable-next-line no-restricted-syntax -- the outbox is delivery bookkeeping, not a record
          await manager.update(
            NotificationDelivery,
            { id: row.id },
            { status: 'sent', attempts, sentAt: now, lastError: null, claimedUntil: null },
          );
          continue;
        }
        const failed = attempts >= this.attempts;
        const nextAttemptAt = new Date(now.getTime() + this.backoffMs * 2 ** (attempts - 1));
        // eslint-disable-next-line no-restricted-syntax -- the outbox is delivery bookkeeping, not a record
        await manager.update(
          NotificationDelivery,
          { id: row.id },
          {
            status: failed ? 'failed' : 'pending',
            attempts,
            lastError: error.message.slice(0, 1000),
            nextAttemptAt,
            claimedUntil: null,
          },
        );
      }
    });
    if (error)
      this.logger.warn(`${rows[0].channel} delivery ${rows.map((row) => row.id).join(', ')} failed: ${error.message}`);
  }

  private async release(rows: NotificationDelivery[]): Promise<void> {
    if (!rows.length) return;
    await this.writes.transaction((manager) =>
      // eslint-disable-next-line no-restricted-syntax -- the outbox is delivery bookkeeping, not a record
      manager.update(NotificationDelivery, { id: In(rows.map((row) => row.id)) }, { claimedUntil: null }),
    );
  }
}
