import { Column, Entity, Index } from 'typeorm';
import type { UnitKind } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { RecordNouns } from '../common/relations';

/** A school unit: an office or a secondary college (colleges hold majors). */
@Entity('units')
@RecordNouns({ one: 'unit' })
@Index('IDX_units_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_units_live_sort', ['nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_units_live_name', ['name', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_units_live_kind', ['kind', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_units_live_code', ['code', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Unit extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name's pinyin sort key (common/pinyin.ts), set on every write; lists sorted by name order by it. */
  @Column({ type: 'varchar', length: 800, default: '', select: false })
  nameSortKey: string;

  @Column({ type: 'varchar', length: 20 })
  kind: UnitKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  code: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The unit's WeChat Work group robot (admin only): its tasks and agreements are posted there instead of the school's group. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  wecomWebhook: string | null;
}
