import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { Locale, Role } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Unit } from '../units/unit.entity';
import { RecordNouns } from '../common/relations';

/** A school-side person; those with a username, password hash and role can log in. */
@Entity('staff')
@RecordNouns({ one: 'staffMember', many: 'staff' })
@Index('IDX_staff_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
@Index('UQ_staff_username_live', ['username'], {
  unique: true,
  where: '"username" IS NOT NULL AND "deletedAt" IS NULL',
})
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_staff_live_sort', ['nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_name', ['name', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_title', ['title', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_unit_id', ['unitId', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_role', ['role', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_active', ['active', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_staff_live_email', ['email', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Staff extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The name's pinyin sort key (common/pinyin.ts), set on every write; lists sorted by name order by it. */
  @Column({ type: 'varchar', length: 800, default: '', select: false })
  nameSortKey: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  username: string | null;

  /** scrypt hash; never leaves the server. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role: Role | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Written into every token; raised to end all of the account's sessions (logout, new password, new role, disabled). */
  @Column({ type: 'integer', default: 1 })
  sessionVersion: number;

  /** Set when someone else chose the password (generated at first start, given by the admin): the dashboard asks for a new one. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;
  /** The language the account chose for the interface; null follows the browser. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  locale: Locale | null;
}
