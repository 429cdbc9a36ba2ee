import { Injectable } from '@nestjs/common';
import { EntityManager, ObjectLiteral } from 'typeorm';
import { academicYearOf, healthSignal, HealthSignal, LIVE_OUTCOME_STAGES, normaliseUscc, type Outcome } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { Enterprise } from './enterprise.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

/*
 * What a page's health signals read, as plain SQL: on every read of an enterprise (a list page, a
 * show page), where TypeORM's query building would cost more than running the queries.
 */
const LIVE_STAGES = [...LIVE_OUTCOME_STAGES];
const LIVE_OUTCOMES_SQL =
  'SELECT "enterpriseId", "kind", "endDate" FROM "outcomes" WHERE "enterpriseId" IN (:...ids) AND "stage" IN (:...live) AND "deletedAt" IS NULL';
/** Capacity of each enterprise's live internship bases and the students placed in them in an academic year. */
const INTERNSHIP_USE_SQL =
  'SELECT "outcome"."enterpriseId" AS "enterpriseId", SUM("outcome"."capacity") AS "capacity", ' +
  'SUM((SELECT COALESCE(SUM("intake"."placed"), 0) FROM "intakes" "intake" WHERE "intake"."outcomeId" = "outcome"."id" AND "intake"."academicYear" = :academicYear AND "intake"."deletedAt" IS NULL)) AS "placed" ' +
  'FROM "outcomes" "outcome" WHERE "outcome"."enterpriseId" IN (:...ids) AND "outcome"."kind" = \'internship_base\' AND "outcome"."stage" IN (:...live) AND "outcome"."deletedAt" IS NULL ' +
  'GROUP BY "outcome"."enterpriseId"';

const query = <T>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> => manager.query(...manager.connection.driver.escapeQueryWithParameters(sql, parameters));

export type EnterpriseRecord = Enterprise & { health: HealthSignal };

@Injectable()
export class EnterprisesService extends CrudService<Enterprise, EnterpriseRecord> {
  readonly resource = 'enterprises';
  protected readonly spec: ListSpec = {
    fields: {
      name: 'string',
      uscc: 'string',
      industry: 'string',
      ownership: 'string',
      size: 'string',
      city: 'string',
      tier: 'string',
      ownerId: 'id',
      relationshipStage: 'string',
      lastContactDate: 'date',
    },
    // the columns of its full-text index
    search: [...FULL_TEXT.enterprises],
    relations: {
      chamberId: through('memberships', 'enterpriseId', 'chamberId', { liveOnly: true }),
      meetingId: through('meeting_enterprises', 'enterpriseId', 'meetingId'),
      // members of a chamber that attended any meeting (the chamber ranking's "engaged")
      engagedInChamberId: (alias, param) =>
        `${through('memberships', 'enterpriseId', 'chamberId', { liveOnly: true })(alias, param)} AND "${alias}"."id" IN (SELECT "link"."enterpriseId" FROM "meeting_enterprises" "link" INNER JOIN "meetings" "meeting" ON "meeting"."id" = "link"."meetingId" WHERE "meeting"."deletedAt" IS NULL)`,
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly derivedFields = ['relationshipStage', 'lastContactDate', 'health'];

  constructor(dependencies: CrudDependencies) {
    super(Enterprise, dependencies);
  }

  protected derive(draft: Enterprise): void {
    Object.assign(draft, searchableNameKeys(draft.name));
    draft.uscc = draft.uscc ? normaliseUscc(draft.uscc) : null;
    draft.aliases = [...new Set((draft.aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
  }

  protected async check(manager: EntityManager, draft: Enterprise): Promise<void> {
    if (!draft.uscc) return;
    const twin = await this.findTwin(manager, draft, ['uscc']);
    if (twin) {
      throw conflict(msg('resources.usccTaken', { uscc: draft.uscc, name: twin.name, id: twin.id }), {
        errors: { uscc: msg('resources.usccUsedBy', { name: twin.name, id: twin.id }) },
        existing: { resource: 'enterprises', id: twin.id, name: twin.name },
      });
    }
  }

  /** Adds the health signal, which depends on today and so is computed on read (two queries a page). */
  protected async present(enterprises: Enterprise[], manager: EntityManager): Promise<EnterpriseRecord[]> {
    const ids = enterprises.map((enterprise) => enterprise.id);
    // three columns of a few rows: read raw, since building entities would cost more than the query
    const live: Pick<Outcome, 'enterpriseId' | 'kind' | 'endDate'>[] = ids.length ? await query(manager, LIVE_OUTCOMES_SQL, { ids, live: LIVE_STAGES }) : [];
    const today = this.clock.today();
    const internships = await this.internshipUse(manager, ids, academicYearOf(today));
    return enterprises.map((enterprise) => {
      const own = live.filter((outcome) => outcome.enterpriseId === enterprise.id);
      const ends = own.map((outcome) => outcome.endDate).filter((end): end is string => !!end && end >= today).sort();
      const health = healthSignal({
        today,
        lastContactDate: enterprise.lastContactDate,
        liveKinds: new Set(own.map((outcome) => outcome.kind)).size,
        nextAgreementEnd: ends[0] ?? null,
        internships: internships.get(enterprise.id) ?? null,
      });
      return Object.assign(enterprise, { health });
    });
  }

  /** Capacity of each enterprise's live internship bases and the students placed in them this academic year. */
  private async internshipUse(manager: EntityManager, ids: number[], academicYear: string): Promise<Map<number, { capacity: number; placed: number }>> {
    if (ids.length === 0) return new Map();
    const rows: { enterpriseId: number; capacity: number | string | null; placed: number | string | null }[] = await query(manager, INTERNSHIP_USE_SQL, {
      ids,
      live: LIVE_STAGES,
      academicYear,
    });
    return new Map(rows.map((row) => [Number(row.enterpriseId), { capacity: Number(row.capacity ?? 0), placed: Number(row.placed ?? 0) }]));
  }
}
