import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RowFacts } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict, fieldErrors } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Intake } from './intake.entity';

/** Outcome kinds that take students and so have intakes. */
const PLACEMENT_KINDS = ['internship_base', 'order_class', 'employment_positions'];

@Injectable()
export class IntakesService extends CrudService<Intake> {
  readonly resource = 'intakes';
  readonly noun = 'intake';
  protected readonly spec: ListSpec = {
    fields: { outcomeId: 'id', academicYear: 'string', term: 'string', majorId: 'id', positions: 'number', placed: 'number', hired: 'number' },
    search: ['notes'],
    relations: {
      enterpriseId: through('outcomes', 'id', 'enterpriseId', { column: 'outcomeId' }),
    },
    defaultSort: ['academicYear', 'DESC'],
  };
  protected readonly references = [
    { field: 'outcomeId', target: Outcome, label: 'outcome' },
    { field: 'majorId', target: Major, label: 'major' },
  ];

  constructor(dependencies: CrudDependencies) {
    super(Intake, dependencies);
  }

  /** An intake belongs to its outcome's college. */
  protected async rowFacts(manager: EntityManager, intake: Intake): Promise<RowFacts> {
    const outcome = await manager.findOne(Outcome, { where: { id: intake.outcomeId }, select: { id: true, unitId: true }, withDeleted: true });
    return { id: intake.id, unitId: outcome?.unitId ?? null };
  }

  protected async check(manager: EntityManager, draft: Intake): Promise<void> {
    const errors: Record<string, string> = {};
    if ((draft.hired ?? 0) > (draft.placed ?? 0)) errors.hired = 'must not exceed the students placed';
    const outcome = await manager.findOne(Outcome, { where: { id: draft.outcomeId } });
    if (outcome && !PLACEMENT_KINDS.includes(outcome.kind)) errors.outcomeId = 'must be an internship base, an order class or employment positions';
    if (Object.keys(errors).length) throw fieldErrors(errors);
    const twin = await this.findTwin(manager, draft, ['outcomeId', 'academicYear', 'term', 'majorId']);
    if (twin) throw conflict(`This base already has an intake for that major, year and term (intake ${twin.id}); edit that one.`, { errors: { majorId: 'already has an intake here this term' } });
  }
}
