import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An `Idempotency-Key` an account sent with a POST, and the answer it got: the same key again
 * answers this answer, so a phone that sends a visit twice (or late) creates it once. In the
 * database, so every instance behind a load balancer sees the same keys.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  /** Keys are the account's own: two accounts may send the same one. */
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 of the method, path and body: the same key with another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** Null while the first request is still being answered. */
  @Column({ type: 'integer', nullable: true })
  status: number | null;

  /** The first answer's body, as JSON. */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  /** Kept at least KEPT_HOURS from here. */
  @Index()
  @Column({ type: 'datetime' })
  createdAt: Date;
}
