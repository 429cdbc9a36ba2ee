import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Staff } from '../staff/staff.entity';

/**
 * A staff member's calendar subscription. The link's secret is never stored: it is derived from the
 * server's secret and this row's nonce, and only its SHA-256 is kept to find the row; a new nonce
 * makes a new link and the old one stops working.
 */
@Entity('calendar_links')
export class CalendarLink {
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @OneToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff>;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  @Index('UQ_calendar_links_secret', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'datetime' })
  issuedAt: Date;

  /** The account's session version when the link was issued: a new password, a disabled or deleted account raise it, and the link stops. */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;
}
