import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { CountedAs, RecordNouns } from '../common/relations';

/** A follow-up: someone must do something by a day, for a meeting, an enterprise or an outcome. */
@Entity('tasks')
@RecordNouns({ one: 'task', many: 'tasks' })
// Open follow-ups by due day: overdue and "my open tasks" without reading done ones.
@Index('IDX_tasks_open_due', ['dueDate'], { where: '"doneAt" IS NULL AND "deletedAt" IS NULL' })
// One renewal task per agreement term, whichever server instance or restart gets there first.
@Index('UQ_tasks_renewal_key', ['renewalKey'], { unique: true })
// The dashboard's filters of this list, each with the list's default sort, on live rows: a page and its total from the index (issue 12).
@Index('IDX_tasks_list_assignee', ['assigneeId', 'dueDate'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_list_enterprise', ['enterpriseId', 'dueDate'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_tasks_live_sort', ['dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_title', ['title', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_assignee_id', ['assigneeId', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_done_at', ['doneAt', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_meeting_id', ['meetingId', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_enterprise_id', ['enterpriseId', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_outcome_id', ['outcomeId', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_tasks_live_academic_year', ['academicYear', 'dueDate', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Task extends TrackedEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Index()
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  assigneeId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'assigneeId' })
  @CountedAs('tasksAssigned')
  assignee?: Relation<Staff>;

  @Index()
  @Column({ type: 'datetime', nullable: true })
  doneAt: Date | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  meetingId: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'meetingId' })
  @CountedAs('followUpTasks')
  meeting?: Relation<Meeting>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  enterpriseId: number | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Relation<Enterprise>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  outcomeId: number | null;

  @ManyToOne(() => Outcome, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'outcomeId' })
  outcome?: Relation<Outcome>;

  /** Derived from dueDate, or from when the task was made. */
  @Index()
  @Column({ type: 'varchar', length: 9 })
  academicYear: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Set on a task the system made, to make it once: "renewal:<outcome id>:<end date>" for a renewal. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  renewalKey: string | null;
}
