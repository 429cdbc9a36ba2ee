import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { academicYearOf, OutcomeStage } from '@crm/domain';
import { AgreementsService } from '../agreements/agreements.service';
import type { Actor } from '../auth/actor';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService, Dependent, Reference } from '../common/crud.service';
import { conflict, fieldErrors, notFound } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { EnterpriseStanding } from '../enterprises/enterprise-standing.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { Unit } from '../units/unit.entity';
import { Outcome, POSITION_GAP } from './outcome.entity';
import { msg } from '../common/i18n';

@Injectable()
export class OutcomesService extends CrudService<Outcome> {
  readonly resource = 'outcomes';
  readonly noun = 'outcome';
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
  protected readonly references: Reference[] = [
    { field: 'enterpriseId', target: Enterprise, label: 'enterprise' },
    { field: 'chamberId', target: Chamber, label: 'chamber' },
    { field: 'unitId', target: Unit, label: 'unit' },
    { field: 'ownerId', target: Staff, label: 'staffMember' },
    { field: 'meetingId', target: Meeting, label: 'meeting' },
    { field: 'majorId', target: Major, label: 'major' },
  ];
  protected readonly dependents: Dependent[] = [
    { target: Intake, field: 'outcomeId', label: 'intakes' },
    { target: Task, field: 'outcomeId', label: 'tasks' },
  ];
  protected readonly derivedFields = ['position', 'academicYear'];

  constructor(
    dependencies: CrudDependencies,
    private readonly standing: EnterpriseStanding,
    private readonly agreements: AgreementsService,
  ) {
    super(Outcome, dependencies);
  }

  protected derive(draft: Outcome): void {
    // the column's default, set here so that a new card without a stage is placed in its real column
    draft.stage ??= 'idea';
    if (this.agreements.endedWithoutRenewal(draft)) draft.stage = 'lapsed';
    draft.academicYear = academicYearOf(draft.startDate ?? draft.createdAt ?? new Date());
  }

  protected async check(manager: EntityManager, draft: Outcome, before: Outcome | null): Promise<void> {
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) throw fieldErrors({ endDate: msg('validation.notBefore', { other: 'startDate' }) });
    // a new card, or one whose stage changed by edit, goes to the bottom of its column
    if (!before || before.stage !== draft.stage) draft.position = await this.nextPosition(manager, draft.stage, draft.id);
  }

  protected async afterWrite(manager: EntityManager, outcome: Outcome, _body: unknown, before: Outcome | null): Promise<void> {
    await this.standing.refresh(manager, [outcome.enterpriseId, before?.enterpriseId]);
  }

  protected async afterStatusChange(manager: EntityManager, outcome: Outcome): Promise<void> {
    await this.standing.refresh(manager, [outcome.enterpriseId]);
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
      if (!above) return below ? below.position - POSITION_GAP : index === 0 ? 0 : this.nextPosition(manager, stage, id);
      if (!below) return above.position + POSITION_GAP;
      if (below.position - above.position > 1) return Math.floor((above.position + below.position) / 2);
      if (spread) throw new Error(`No room between two cards of the ${stage} column after spreading it`);
      const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
        `UPDATE "outcomes" SET "position" = "ranked"."rank" * ${POSITION_GAP} FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "position", "id") AS "rank" FROM "outcomes" WHERE "stage" = :stage) AS "ranked" WHERE "outcomes"."id" = "ranked"."id"`,
        { stage },
      );
      await manager.query(sql, parameters);
    }
  }

  /**
   * Moves a card on the kanban: into `stage` at index `position` of its column (0 = top), in one
   * transaction with one audit event. Stored positions are an order key with gaps, not indexes.
   */
  async move(id: number, target: { stage: OutcomeStage; position: number; version?: number }, actor: Actor | null): Promise<Outcome> {
    return this.writes.transaction(async (manager) => {
      const current = await manager.findOne(Outcome, { where: { id }, lock: this.writes.lock });
      if (!current) throw notFound(this.noun, id);
      await this.authorize(manager, actor, 'move', current, {}, current);
      if (target.version !== undefined && target.version !== current.version) {
        throw conflict(msg('resources.outcomeMovedMeanwhile'), { current });
      }
      const before = { ...current };
      const position = await this.slot(manager, target.stage, target.position, id);
      await manager.update(Outcome, id, { stage: target.stage, position, version: current.version + 1, updatedAt: new Date() });
      const moved = (await manager.findOne(Outcome, { where: { id } }))!;
      if (before.stage !== moved.stage) await this.standing.refresh(manager, [moved.enterpriseId]);
      await this.audit.record(manager, { actor, resource: this.resource, recordId: id, action: 'move', before, after: moved });
      return moved;
    });
  }
}
