import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { NotificationKind } from '@crm/domain';
import { Staff } from '../staff/staff.entity';

/**
 * What the CRM told one user, in the app. Title and body are kept as catalogue messages (JSON) and
 * rendered in the reader's language when read. The event key makes each event reach each recipient
 * once, whichever instance or restart gets there first.
 */
@Entity('notifications')
@Index('UQ_notifications_event', ['recipientId', 'eventKey'], { unique: true })
@Index('IDX_notifications_inbox', ['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  recipientId: number;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: Relation<Staff>;

  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  /** What happened, once: "task-assigned:12:5", "agreement:7:2026-12-31:30", "digest:2026-12-07". */
  @Column({ type: 'varchar', length: 200 })
  eventKey: string;

  /** A catalogue Message as JSON. */
  @Column({ type: 'text' })
  title: string;

  /** Catalogue Messages as a JSON array, one line each. */
  @Column({ type: 'text' })
  body: string;

  /** The dashboard route of the record, e.g. "/tasks/12/show". */
  @Column({ type: 'varchar', length: 300 })
  route: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;
}
