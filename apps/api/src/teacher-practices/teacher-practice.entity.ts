import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { RecordNouns } from '../common/relations';
import { TrackedEntity } from '../common/tracked.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';

/**
 * A teacher's practice period in an enterprise (教师企业实践): the national rules ask every teacher
 * of a vocational school for six months in five years, and the annual report counts the days per
 * college. Its evidence (certificates, photos, the enterprise's appraisal) is attachments.
 */
@Entity('teacher_practices')
@RecordNouns({ one: 'teacherPractice', many: 'teacherPractices' })
@Index('IDX_teacher_practices_live_sort', ['startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
// the annual report reads a year's practices per college from this index alone
@Index('IDX_teacher_practices_live_unit', ['unitId', 'startsOn', 'id', 'days', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
// each list filter reads its page in the list's order (startsOn, id) and counts its total from the index alone
@Index('IDX_teacher_practices_live_staff', ['staffId', 'startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_teacher_practices_live_enterprise', ['enterpriseId', 'startsOn', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_teacher_practices_live_outcome', ['outcomeId', 'startsOn', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_teacher_practices_live_ends_on', ['endsOn', 'startsOn', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_teacher_practices_live_days', ['days', 'startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class TeacherPractice extends TrackedEntity {
  /** The teacher. */
  @Index()
  @Column({ type: 'integer' })
  staffId: number;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff>;

  @Index()
  @Column({ type: 'integer' })
  enterpriseId: number;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Relation<Enterprise>;

  /** The cooperation project the practice belongs to (a 教师企业实践 agreement, a joint lab), if any. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  outcomeId: number | null;

  @ManyToOne(() => Outcome, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'outcomeId' })
  outcome?: Relation<Outcome>;

  /**
   * Derived: the teacher's college when the practice was written. Kept on the row so that a college
   * reports the practices its teachers did while they were its own, and its dean may edit them. A
   * copy, not a reference of its own: the teacher's record holds that one.
   */
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  /** China Standard Time days, both included. */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** Days actually spent in the enterprise, at most the days from startsOn to endsOn. */
  @Column({ type: 'integer' })
  days: number;

  /** What the teacher did there. */
  @Column({ type: 'text' })
  content: string;
}
