import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { EnterpriseSize, Ownership, RelationshipStage, Tier } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Staff } from '../staff/staff.entity';
import { CountedAs, RecordNouns } from '../common/relations';

@Entity('enterprises')
@RecordNouns({ one: 'enterprise' })
@Index('IDX_enterprises_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
// The search box's pinyin (`leihui`, `lhst`): a prefix of one of these is a range of its index.
@Index('IDX_enterprises_pinyin_live', ['namePinyin'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_initials_live', ['nameInitials'], { where: '"deletedAt" IS NULL' })
// One live enterprise per USCC; a soft-deleted one does not block re-creating it.
@Index('UQ_enterprises_uscc_live', ['uscc'], { unique: true, where: '"uscc" IS NOT NULL AND "deletedAt" IS NULL' })
// The list's usual narrowing (a city, a tier) of live records, sorted by name: counted and paged from the index alone.
@Index('IDX_enterprises_city_tier_name_sort', ['city', 'tier', 'nameSortKey'], { where: '"deletedAt" IS NULL' })
// Partners by last contact: the stale partners' report reads a range of this index.
@Index('IDX_enterprises_stage_contact_live', ['relationshipStage', 'lastContactDate'], { where: '"deletedAt" IS NULL' })
// The dashboard's filters of this list, each with the list's default sort (pinyin order of the name), on live rows (issues 12, 24):
// the page is read in the index's order and the total counted from the index alone — the trailing id keeps the order
// (name, id) and "deletedAt" makes the count covering (SQLite does not count a partial index's WHERE columns as covered).
// IDX_enterprises_list_stage also serves the stage filter and the count of active partners.
@Index('IDX_enterprises_list_name', ['name', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_list_industry', ['industry', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_enterprises_list_ownership', ['ownership', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_enterprises_list_size', ['size', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_list_city', ['city', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_list_tier', ['tier', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_list_owner', ['ownerId', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_enterprises_list_stage', ['relationshipStage', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_enterprises_list_last_contact', ['lastContactDate', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
export class Enterprise extends TrackedEntity {
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

  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  /** Other spellings of the name (short names, former names, English names). */
  @Column({ type: 'simple-json', default: '[]' })
  aliases: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  ownership: Ownership | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  size: EnterpriseSize | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 20, default: 'general' })
  tier: Tier;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ownerId' })
  @CountedAs('enterprisesOwned')
  owner?: Relation<Staff>;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Derived from meetings and outcomes on every change to them; never written by a client. */
  @Column({ type: 'varchar', length: 20, default: 'prospect' })
  relationshipStage: RelationshipStage;

  /** Derived: the day of the latest meeting this enterprise was present at. */
  @Index()
  @Column({ type: 'date', nullable: true })
  lastContactDate: string | null;
}
