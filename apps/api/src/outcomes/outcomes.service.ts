import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { academicYearOf, endedWithoutRenewal, OutcomeStage } from '@crm/domain';
import type { Actor } from '../common/actor';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { Outcome, POSITION_GAP } from './outcome.entity';
import { msg } from '../common/i18n';
import { UpdateOutcomeBody } from './outcome.dto';

/** Where a moved card was dropped (an index in its column): carried to `check` beside the body, never written as a field. */
const MOVE_TO = Symbol('move to');

@Injectable()
export class OutcomesService extends CrudService<Outcome> {
  readonly resource = 'outcomes';
  protected readonly spec: ListSpec = {
    fields: {
      title: 'string',
      kind: 'string',
      stage: 'string',
      position: 'number',
      enterpriseId: 'id',
      chamberId: 'id',
      unitId: 'id',
      ownerId: 'id',
      meetingId: 'id',
      signedDate: 'date',
      startDate: 'date',
      endDate: 'date',
      renewal: 'string',
      value: 'number',
      capacity: 'number',
      academicYear: 'string',
      majorId: 'id',
    },
    search: ['title', 'notes'],
    relations: {
      // what a chamber brought: its own outcomes and those born in a meeting it attended (the chamber ranking's figure)
      broughtByChamberId: (alias, param) =>
        `("${alias}"."chamberId" IN (:...${param}) OR "${alias}"."meetingId" IN (SELECT "meetingId" FROM "meeting_chambers" WHERE "chamberId" IN (:...${param})))`,
    },
    defaultSort: ['updatedAt', 'DESC'],
  };
  protected readonly derivedFields = ['position', 'academicYear'];

  protected readonly updateBody = UpdateOutcomeBody;

  constructor(dependencies: CrudDependencies) {
    super(Outcome, dependencies);
  }

  protected derive(draft: Outcome): void {
    // the column's default, set here so that a new card without a stage is placed in its real column
    draft.stage ??= 'idea';
    if (endedWithoutRenewal(draft, this.clock.today())) draft.stage = 'lapsed';
    draft.academicYear = academicYearOf(draft.startDate ?? draft.createdAt ?? new Date());
  }

  protected async check(
    manager: EntityManager,
    draft: Outcome,
    before: Outcome | null,
    body: Record<string, unknown>,
  ): Promise<void> {
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate)
      throw fieldErrors({ endDate: msg('validation.notBefore', { other: 'startDate' }) });
    const index = (body as { [MOVE_TO]?: number })[MOVE_TO];
    // a moved card goes where it was dropped; a new card, or one whose stage changed by edit, to the bottom of its column
    if (index !== undefined) draft.position = await this.slot(manager, draft.stage, index, draft.id);
    else if (!before || before.stage !== draft.stage)
      draft.position = await this.nextPosition(manager, draft.stage, draft.id);
  }

  private async nextPosition(manager: EntityManager, stage: OutcomeStage, excludeId?: number): Promise<number> {
    const row = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .select('MAX(outcome.position)', 'last')
      .where('outcome.stage = :stage', { stage })
      .andWhere(excludeId ? 'outcome.id <> :excludeId' : '1 = 1', { excludeId })
      .getRawOne<{ last: number | null }>();
    return row?.last == null ? 0 : Number(row.last) + POSITION_GAP;
  }

  /**
   * The position for a card put at `index` of a column (0 = top): between its two neighbours, so
   * that a move writes only the card itself. Only when two neighbours have no room left between
   * them is the column spread out again, in one statement.
   */
  private async slot(manager: EntityManager, stage: OutcomeStage, index: number, id: number): Promise<number> {
    for (let spread = false; ; spread = true) {
      const neighbours = await manager.find(Outcome, {
        where: { stage, id: Not(id) },
        order: { position: 'ASC', id: 'ASC' },
        select: { id: true, position: true },
        skip: Math.max(0, index - 1),
        take: index === 0 ? 1 : 2,
      });
      const [above, below] = index === 0 ? [undefined, neighbours[0]] : neighbours;
      if (!above)
        return below ? below.position - POSITION_GAP : index === 0 ? 0 : this.nextPosition(manager, stage, id);
      if (!below) return above.position + POSITION_GAP;
      if (below.position - above.position > 1) return Math.floor((above.position + below.position) / 2);
      if (spread) throw new Error(`No room between two cards of the ${stage} column after spreading it`);
      const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
        // eslint-disable-next-line no-restricted-syntax -- derived: the kanban positions of a column, respread inside the pipeline
        `UPDATE "outcomes" SET "position" = "ranked"."rank" * ${POSITION_GAP} FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "position", "id") AS "rank" FROM "outcomes" WHERE "stage" = :stage) AS "ranked" WHERE "outcomes"."id" = "ranked"."id"`,
        { stage },
      );
      await manager.query(sql, parameters);
    }
  }

  /**
   * Moves a card on the kanban: into `stage` at index `position` of its column (0 = top), through
   * the update path (lock, version check, rules, one audit event "move"). Stored positions are an
   * order key with gaps, not indexes.
   */
  move(
    id: number,
    target: { stage: OutcomeStage; position: number; version?: number },
    actor: Actor | null,
  ): Promise<Outcome> {
    const body = { stage: target.stage, version: target.version, [MOVE_TO]: target.position };
    return this.updateAs('move', id, body, actor, msg('resources.outcomeMovedMeanwhile'));
  }
}
