import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One login: its id is in the token, and logging out ends this row, so that token stops at once
 * while the account's other sessions (another computer) go on. The account's session version ends
 * them all (new password, new role, disabled). In the database, so every instance sees a logout.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_sessions_staffId')
  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** When its token expires; past it the row is only history, removed at a later login. */
  @Index('IDX_sessions_expiresAt')
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;
}
