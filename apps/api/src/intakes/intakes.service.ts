import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RowFacts } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict, fieldErrors, FieldProblems } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { Outcome } from '../outcomes/outcome.entity';
import { Intake } from './intake.entity';
import { msg } from '../common/i18n';
import { UpdateIntakeBody } from './intake.dto';

/** Outcome kinds that take students and so have intakes. */
const PLACEMENT_KINDS = ['internship_base', 'order_class', 'employment_positions'];

@Injectable()
export class IntakesService extends CrudService<Intake> {
  readonly resource = 'intakes';
  protected readonly spec: ListSpec = {
    fields: {
      outcomeId: 'id',
      academicYear: 'string',
      term: 'string',
      majorId: 'id',
      positions: 'number',
      placed: 'number',
      hired: 'number',
    },
    search: ['notes'],
    relations: {
      enterpriseId: through('outcomes', 'id', 'enterpriseId', { column: 'outcomeId' }),
    },
    defaultSort: ['academicYear', 'DESC'],
  };

  protected readonly updateBody = UpdateIntakeBody;

  constructor(dependencies: CrudDependencies) {
    super(Intake, dependencies);
  }

  /** An intake belongs to its outcome's college. */
  protected async rowFacts(manager: EntityManager, intake: Intake): Promise<RowFacts> {
    const outcome = await manager.findOne(Outcome, {
      where: { id: intake.outcomeId },
      select: { id: true, unitId: true },
      withDeleted: true,
    });
    return { id: intake.id, unitId: outcome?.unitId ?? null };
  }

  protected async check(manager: EntityManager, draft: Intake): Promise<void> {
    const errors: FieldProblems = {};
    if ((draft.hired ?? 0) > (draft.placed ?? 0)) errors.hired = msg('resources.intakeHiredOverPlaced');
    const outcome = await manager.findOne(Outcome, { where: { id: draft.outcomeId } });
    if (outcome && !PLACEMENT_KINDS.includes(outcome.kind)) errors.outcomeId = msg('resources.intakeNotPlacement');
    if (Object.keys(errors).length) throw fieldErrors(errors);
    const twin = await this.findTwin(manager, draft, ['outcomeId', 'academicYear', 'term', 'majorId']);
    if (twin)
      throw conflict(msg('resources.intakeTwin', { id: twin.id }), {
        errors: { majorId: msg('resources.intakeTwinField') },
      });
  }
}
