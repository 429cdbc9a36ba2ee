import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { OutcomeKind, OutcomeStage, Renewal } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Major } from '../majors/major.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Staff } from '../staff/staff.entity';
import { Unit } from '../units/unit.entity';
import { CountedAs, RecordNouns } from '../common/relations';

/** Room left between neighbouring cards of a kanban column, so that a move writes only the moved card. */
export const POSITION_GAP = 1024;

/** A cooperation project and, once signed, its agreement. */
@Entity('outcomes')
@RecordNouns({ one: 'outcome', many: 'outcomes' })
@Index('IDX_outcomes_board', ['stage', 'position'])
// Live outcomes by kind and stage (and the capacity of internship bases) and by chamber: the home
// report's groupings and the list's filters read these without touching the table.
@Index('IDX_outcomes_kind_stage_live', ['kind', 'stage', 'capacity'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_chamber_live', ['chamberId', 'stage'], { where: '"deletedAt" IS NULL' })
// The dashboard's filters of this list, each with the list's default sort, on live rows: a page and its total from the index (issue 12).
@Index('IDX_outcomes_list_updated', ['updatedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_list_stage', ['stage', 'updatedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_list_kind', ['kind', 'updatedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_list_unit', ['unitId', 'updatedAt'], { where: '"deletedAt" IS NULL' })
// The internship report's page by title (its default) and by days left (the dashboard's): read in order, not sorted.
@Index('IDX_outcomes_kind_title_live', ['kind', 'title'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_kind_end_live', ['kind', 'endDate'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_outcomes_live_sort', ['updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_title', ['title', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_kind', ['kind', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_stage', ['stage', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_position', ['position', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_enterprise_id', ['enterpriseId', 'updatedAt', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_outcomes_live_chamber_id', ['chamberId', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_unit_id', ['unitId', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_owner_id', ['ownerId', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_meeting_id', ['meetingId', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_signed_date', ['signedDate', 'updatedAt', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_outcomes_live_start_date', ['startDate', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_end_date', ['endDate', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_renewal', ['renewal', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_value', ['value', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_capacity', ['capacity', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_outcomes_live_academic_year', ['academicYear', 'updatedAt', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_outcomes_live_major_id', ['majorId', 'updatedAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Outcome extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 30 })
  kind: OutcomeKind;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'idea' })
  stage: OutcomeStage;

  /** Order within the stage's kanban column, smallest at the top: a sort key with gaps (see POSITION_GAP), not an index. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @Index()
  @Column({ type: 'integer' })
  enterpriseId: number;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Relation<Enterprise>;

  /** The chamber that brought the partner, if any. */
  @Column({ type: 'integer', nullable: true })
  chamberId: number | null;

  @ManyToOne(() => Chamber, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'chamberId' })
  chamber?: Relation<Chamber>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ownerId' })
  @CountedAs('outcomesOwned')
  owner?: Relation<Staff>;

  /** The meeting it came out of. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  meetingId: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Relation<Meeting>;

  @Column({ type: 'date', nullable: true })
  signedDate: string | null;

  @Index()
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Index()
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 20, default: 'none' })
  renewal: Renewal;

  /** Value in CNY. */
  @Column({ type: 'real', nullable: true })
  value: number | null;

  /** Students per year. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** The major the project serves: the annual report's figures are per major. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  majorId: number | null;

  @ManyToOne(() => Major, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'majorId' })
  major?: Relation<Major>;

  /*
   * What the annual report (产学合作 figures) counts, for the academic year of the outcome. Absent
   * is none; a course or textbook outcome without a count is one course or textbook.
   */
  /** 订单培养数: students in the order class. */
  @Column({ type: 'integer', nullable: true })
  orderClassStudents: number | null;

  /** 共同开发课程数. */
  @Column({ type: 'integer', nullable: true })
  courses: number | null;

  /** 共同开发教材数. */
  @Column({ type: 'integer', nullable: true })
  textbooks: number | null;

  /** 支持学校兼职教师数: the enterprise's staff teaching part-time at the school. */
  @Column({ type: 'integer', nullable: true })
  partTimeTeachers: number | null;

  /** 捐赠设备值 (CNY). */
  @Column({ type: 'real', nullable: true })
  donatedEquipmentValue: number | null;

  /** 准捐赠设备值 (CNY): equipment lent or sold far below its price. */
  @Column({ type: 'real', nullable: true })
  quasiDonatedEquipmentValue: number | null;

  /** 技术服务收入 (CNY): what the enterprise paid the school for technical services. */
  @Column({ type: 'real', nullable: true })
  technicalServiceIncome: number | null;

  /** 培训员工 (人天): the enterprise's staff trained by the school, in person-days. */
  @Column({ type: 'integer', nullable: true })
  trainingPersonDays: number | null;

  /** Of an off-campus training base (校外实训基地): training projects it offers. */
  @Column({ type: 'integer', nullable: true })
  trainingProjects: number | null;

  /** Of a base: whether it houses the interns. */
  @Column({ type: 'boolean', nullable: true })
  providesAccommodation: boolean | null;

  /** Of a base: the interns' allowance, CNY a month. */
  @Column({ type: 'real', nullable: true })
  internshipAllowance: number | null;

  /** Of a base: what the school pays per student, CNY. */
  @Column({ type: 'real', nullable: true })
  paymentPerStudent: number | null;

  /** Derived from startDate (or, before one is set, from when the record was made). */
  @Index()
  @Column({ type: 'varchar', length: 9 })
  academicYear: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
