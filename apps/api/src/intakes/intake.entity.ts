import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { Term } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { RecordNouns } from '../common/relations';

/** Internship use of a base in one academic year, term and major. */
@Entity('intakes')
@RecordNouns({ one: 'intake', many: 'intakes' })
@Index('UQ_intakes_live', ['outcomeId', 'academicYear', 'term', 'majorId'], {
  unique: true,
  where: '"deletedAt" IS NULL',
})
// The internship report and the intake totals of a year read the sums from this index alone.
@Index('IDX_intakes_year_live', ['academicYear', 'outcomeId', 'majorId', 'term', 'positions', 'placed', 'hired'], {
  where: '"deletedAt" IS NULL',
})
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_intakes_live_sort', ['academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_intakes_live_outcome_id', ['outcomeId', 'academicYear', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_intakes_live_term', ['term', 'academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_intakes_live_major_id', ['majorId', 'academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_intakes_live_positions', ['positions', 'academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_intakes_live_placed', ['placed', 'academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_intakes_live_hired', ['hired', 'academicYear', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Intake extends TrackedEntity {
  @Index()
  @Column({ type: 'integer' })
  outcomeId: number;

  @ManyToOne(() => Outcome, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcomeId' })
  outcome?: Relation<Outcome>;

  @Index()
  @Column({ type: 'varchar', length: 9 })
  academicYear: string;

  @Column({ type: 'varchar', length: 10 })
  term: Term;

  @Index()
  @Column({ type: 'integer' })
  majorId: number;

  @ManyToOne(() => Major, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'majorId' })
  major?: Relation<Major>;

  @Column({ type: 'integer', default: 0 })
  positions: number;

  @Column({ type: 'integer', default: 0 })
  placed: number;

  @Column({ type: 'integer', default: 0 })
  hired: number;

  /** Student visits to the base (人次). */
  @Column({ type: 'integer', default: 0 })
  studentVisits: number;

  /** Days the base was used. */
  @Column({ type: 'integer', default: 0 })
  daysInUse: number;

  /** Students on a half-year internship (半年顶岗实习). */
  @Column({ type: 'integer', default: 0 })
  halfYearInterns: number;

  /** Supervising teachers the school sent (人次). */
  @Column({ type: 'integer', default: 0 })
  supervisingTeachers: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
