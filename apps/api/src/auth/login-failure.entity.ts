import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed login, kept for the throttle's window. In the database rather than in memory, so
 * every instance of the server counts the same failures.
 */
@Entity('login_failures')
@Index('IDX_login_failures_username', ['username', 'at'])
@Index('IDX_login_failures_address', ['address', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'datetime' })
  at: Date;
}
