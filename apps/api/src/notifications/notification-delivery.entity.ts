import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { DeliveryChannel, DeliveryStatus } from '@crm/domain';
import { Notification } from './notification.entity';

/**
 * The outbox: one row per notification and channel, written in the transaction of the change that
 * caused it and sent later by the worker (outbox.worker.ts), never inside the request.
 */
@Entity('notification_deliveries')
// one mail and one robot message per notification, also when two instances write the same event
@Index('UQ_notification_deliveries_once', ['notificationId', 'channel'], { unique: true })
@Index('IDX_notification_deliveries_due', ['status', 'nextAttemptAt'])
@Index('IDX_notification_deliveries_target', ['target', 'sentAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn()
  id: number;

  /** Null for the admin's test message. */
  @Column({ type: 'integer', nullable: true })
  notificationId: number | null;

  @ManyToOne(() => Notification, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'notificationId' })
  notification?: Relation<Notification>;

  @Column({ type: 'varchar', length: 10 })
  channel: DeliveryChannel;

  /** The e-mail address, or the robot's webhook URL. */
  @Column({ type: 'varchar', length: 500 })
  target: string;

  /** What to send, rendered in the recipient's language when the row was written (JSON). */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 10 })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  /** Set while one worker sends it; a worker that died lets go when it passes. */
  @Column({ type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** Rows sent in one robot message share it, so the rate limit counts messages, not rows. */
  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
