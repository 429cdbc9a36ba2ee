import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { daysBetween, type RowFacts } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors, FieldProblems } from '../common/errors';
import { msg } from '../common/i18n';
import { ListSpec } from '../common/list-query';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { TeacherPractice } from './teacher-practice.entity';
import { CreateTeacherPracticeBody, UpdateTeacherPracticeBody } from './teacher-practice.dto';

/** Days from the first to the last, both counted. */
const span = (practice: Pick<TeacherPractice, 'startsOn' | 'endsOn'>) =>
  daysBetween(practice.startsOn, practice.endsOn) + 1;

/**
 * Teachers' practice in enterprises. `days` is typed, not derived: a teacher often practises two
 * days a week over a term, and the rules count the days spent in the enterprise; it defaults to the
 * whole period and may not exceed it. The record belongs to the teacher's college (`unitId`, kept on
 * the row when written), whose dean manages it.
 */
@Injectable()
export class TeacherPracticesService extends CrudService<TeacherPractice> {
  readonly resource = 'teacher-practices';
  protected readonly spec: ListSpec = {
    fields: {
      staffId: 'id',
      enterpriseId: 'id',
      outcomeId: 'id',
      unitId: 'id',
      startsOn: 'date',
      endsOn: 'date',
      days: 'number',
    },
    search: ['content'],
    defaultSort: ['startsOn', 'DESC'],
  };

  protected readonly derivedFields = ['unitId'];
  protected readonly createBody = CreateTeacherPracticeBody;
  protected readonly updateBody = UpdateTeacherPracticeBody;

  constructor(dependencies: CrudDependencies) {
    super(TeacherPractice, dependencies);
  }

  protected derive(draft: TeacherPractice): void {
    if (draft.days == null && draft.startsOn && draft.endsOn) draft.days = Math.max(1, span(draft));
  }

  /** A stored practice is its college's; one not written yet (an import's row), its teacher's. */
  protected async rowFacts(manager: EntityManager, practice: TeacherPractice): Promise<RowFacts> {
    if (practice.id) return { id: practice.id, unitId: practice.unitId };
    return { unitId: (await this.unitOf(manager, practice.staffId)) ?? null };
  }

  protected async check(manager: EntityManager, draft: TeacherPractice): Promise<void> {
    const errors: FieldProblems = {};
    if (draft.endsOn < draft.startsOn) errors.endsOn = msg('workflow.notBeforeStart');
    else if (draft.days > span(draft)) errors.days = msg('resources.practiceDaysOverSpan', { days: span(draft) });
    if (draft.outcomeId) {
      const outcome = await manager.findOne(Outcome, {
        where: { id: draft.outcomeId },
        select: { id: true, enterpriseId: true },
      });
      if (outcome && outcome.enterpriseId !== draft.enterpriseId)
        errors.outcomeId = msg('resources.practiceOutcomeElsewhere');
    }
    if (Object.keys(errors).length) throw fieldErrors(errors);
    // on every write, as the teacher is now: a practice moved to another teacher moves to that teacher's college
    draft.unitId = (await this.unitOf(manager, draft.staffId)) ?? null;
  }

  private async unitOf(manager: EntityManager, staffId: number): Promise<number | null | undefined> {
    return (await manager.findOne(Staff, { where: { id: staffId }, select: { id: true, unitId: true } }))?.unitId;
  }
}
