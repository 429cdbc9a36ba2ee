import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@crm/domain';

/** Append-only: who changed what, when, with the record before and after. */
@Entity('audit_events')
@Index('IDX_audit_record', ['resource', 'recordId'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @CreateDateColumn()
  at: Date;

  @Index()
  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  /** The actor's username when the event was written: unlike the display name, nobody else can take it. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  actorUsername: string | null;

  @Column({ type: 'varchar', length: 40 })
  resource: string;

  @Column({ type: 'integer' })
  recordId: number;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  action: AuditAction;

  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;
}
