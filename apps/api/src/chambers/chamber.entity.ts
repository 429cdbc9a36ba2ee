import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { ChamberKind } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Staff } from '../staff/staff.entity';
import { CountedAs, RecordNouns } from '../common/relations';

@Entity('chambers')
@RecordNouns({ one: 'chamber' })
@Index('IDX_chambers_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
// The search box's pinyin (`leihui`, `lhst`): a prefix of one of these is a range of its index.
@Index('IDX_chambers_pinyin_live', ['namePinyin'], { where: '"deletedAt" IS NULL' })
@Index('IDX_chambers_initials_live', ['nameInitials'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_chambers_live_sort', ['nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_chambers_live_name', ['name', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_chambers_live_kind', ['kind', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_chambers_live_city', ['city', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_chambers_live_owner_id', ['ownerId', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Chamber extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name's pinyin sort key (common/pinyin.ts), set on every write; lists sorted by name order by it. */
  @Column({ type: 'varchar', length: 800, default: '', select: false })
  nameSortKey: string;

  /** The name's pinyin for the search box (common/pinyin.ts `pinyinSearchKeys`), set with the sort key on every write. */
  @Column({ type: 'varchar', length: 400, default: '', select: false })
  namePinyin: string;

  @Column({ type: 'varchar', length: 200, default: '', select: false })
  nameInitials: string;

  @Column({ type: 'varchar', length: 20, default: 'chamber' })
  kind: ChamberKind;

  @Column({ type: 'varchar', length: 60, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ownerId' })
  @CountedAs('chambersOwned')
  owner?: Relation<Staff>;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
