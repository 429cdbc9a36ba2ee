import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { Unit } from '../units/unit.entity';
import { RecordNouns } from '../common/relations';

@Entity('majors')
@RecordNouns({ one: 'major', many: 'majors' })
@Index('IDX_majors_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_majors_live_sort', ['code', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_majors_live_name', ['name', 'code', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_majors_live_unit_id', ['unitId', 'code', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Major extends TrackedEntity {
  /** The national major code (专业代码), e.g. 510201. */
  @Index()
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name's pinyin sort key (common/pinyin.ts), set on every write; lists sorted by name order by it. */
  @Column({ type: 'varchar', length: 800, default: '', select: false })
  nameSortKey: string;

  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;
}
