import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Staff } from '../staff/staff.entity';

/** A user's channels, once changed; without a row: e-mail where the account has an address, WeChat Work and the digest on. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @OneToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff>;

  @Column({ type: 'boolean' })
  email: boolean;

  @Column({ type: 'boolean' })
  wecom: boolean;

  @Column({ type: 'boolean' })
  digest: boolean;
}
