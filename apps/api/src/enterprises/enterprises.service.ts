import { HttpException, Injectable } from '@nestjs/common';
import { EntityManager, In, ObjectLiteral } from 'typeorm';
import {
  ACADEMIC_YEAR,
  academicYearOf,
  healthSignal,
  HealthSignal,
  LIVE_OUTCOME_STAGES,
  normaliseUscc,
  type Outcome,
} from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { CreateEnterpriseBody, UpdateEnterpriseBody } from './enterprise.dto';
import { Enterprise } from './enterprise.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

/*
 * What a page's health signals read, as plain SQL: on every read of an enterprise (a list page, a
 * show page), where TypeORM's query building would cost more than running the query. One statement
 * for the page: each live outcome, and for a live internship base its students placed this
 * academic year.
 */
const LIVE_STAGES = [...LIVE_OUTCOME_STAGES];
/**
 * The academic year is written into the SQL (it comes from the clock, checked against
 * ACADEMIC_YEAR, never from a request): bound as a parameter, it made SQLite plan the statement
 * again at every run (the intakes' year index has STAT4 samples, so a bound value may change the
 * plan), about 60 µs of a point read's time. The text changes once a year.
 */
const liveOutcomesSql = (academicYear: string): string => {
  if (!ACADEMIC_YEAR.test(academicYear)) throw new Error(`not an academic year: ${academicYear}`);
  return (
    'SELECT "outcome"."enterpriseId", "outcome"."kind", "outcome"."endDate", "outcome"."capacity", ' +
    `CASE WHEN "outcome"."kind" = 'internship_base' THEN (SELECT COALESCE(SUM("intake"."placed"), 0) FROM "intakes" "intake" WHERE "intake"."outcomeId" = "outcome"."id" AND "intake"."academicYear" = '${academicYear}' AND "intake"."deletedAt" IS NULL) END AS "placed" ` +
    'FROM "outcomes" "outcome" WHERE "outcome"."enterpriseId" IN (:...ids) AND "outcome"."stage" IN (:...live) AND "outcome"."deletedAt" IS NULL'
  );
};

type LiveOutcome = Pick<Outcome, 'enterpriseId' | 'kind' | 'endDate'> & {
  capacity: number | string | null;
  placed: number | string | null;
};

const query = <T>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> =>
  manager.query(...manager.connection.driver.escapeQueryWithParameters(sql, parameters));

export type EnterpriseRecord = Enterprise & { health: HealthSignal };

function usccTaken(uscc: string, twin: Pick<Enterprise, 'id' | 'name'>): HttpException {
  return conflict(msg('resources.usccTaken', { uscc, name: twin.name, id: twin.id }), {
    errors: { uscc: msg('resources.usccUsedBy', { name: twin.name, id: twin.id }) },
    existing: { resource: 'enterprises', id: twin.id, name: twin.name },
  });
}

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
      // a college's own view: the partners of its live outcomes
      unitId: through('outcomes', 'enterpriseId', 'unitId', { liveOnly: true }),
      // members of a chamber that attended any meeting (the chamber ranking's "engaged")
      engagedInChamberId: (alias, param) =>
        `${through('memberships', 'enterpriseId', 'chamberId', { liveOnly: true })(alias, param)} AND "${alias}"."id" IN (SELECT "link"."enterpriseId" FROM "meeting_enterprises" "link" INNER JOIN "meetings" "meeting" ON "meeting"."id" = "link"."meetingId" WHERE "meeting"."deletedAt" IS NULL)`,
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly derivedFields = ['relationshipStage', 'lastContactDate', 'health'];
  protected readonly createBody = CreateEnterpriseBody;

  protected readonly updateBody = UpdateEnterpriseBody;

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
    if (twin) throw usccTaken(draft.uscc, twin);
  }

  /** A USCC names one live enterprise: the stored ones read for all new records at once, and two new records of one code refused too. */
  protected async checkAll(
    manager: EntityManager,
    records: { draft: Enterprise; body: Record<string, unknown> }[],
  ): Promise<(HttpException | null)[]> {
    const codes = [...new Set(records.map(({ draft }) => draft.uscc).filter((code): code is string => !!code))];
    const holders = new Map<string, Pick<Enterprise, 'id' | 'name'>>();
    for (let start = 0; start < codes.length; start += 5000) {
      const stored = await manager.find(Enterprise, {
        select: { id: true, name: true, uscc: true },
        where: { uscc: In(codes.slice(start, start + 5000)) },
      });
      for (const enterprise of stored) holders.set(enterprise.uscc!, enterprise);
    }
    return records.map(({ draft }) => {
      if (!draft.uscc) return null;
      const twin = holders.get(draft.uscc);
      if (twin) return usccTaken(draft.uscc, twin);
      holders.set(draft.uscc, draft);
      return null;
    });
  }

  /** Adds the health signal, which depends on today and so is computed on read (one query a page). */
  protected async present(enterprises: Enterprise[], manager: EntityManager): Promise<EnterpriseRecord[]> {
    const ids = enterprises.map((enterprise) => enterprise.id);
    const today = this.clock.today();
    // a few columns of a few rows: read raw, since building entities would cost more than the query
    const live: LiveOutcome[] = ids.length
      ? await query(manager, liveOutcomesSql(academicYearOf(today)), { ids, live: LIVE_STAGES })
      : [];
    return enterprises.map((enterprise) => {
      const own = live.filter((outcome) => outcome.enterpriseId === enterprise.id);
      const ends = own
        .map((outcome) => outcome.endDate)
        .filter((end): end is string => !!end && end >= today)
        .sort();
      const bases = own.filter((outcome) => outcome.kind === 'internship_base');
      const health = healthSignal({
        today,
        lastContactDate: enterprise.lastContactDate,
        liveKinds: new Set(own.map((outcome) => outcome.kind)).size,
        nextAgreementEnd: ends[0] ?? null,
        // the capacity of its live internship bases and the students placed in them this academic year
        internships: bases.length
          ? {
              capacity: bases.reduce((sum, base) => sum + Number(base.capacity ?? 0), 0),
              placed: bases.reduce((sum, base) => sum + Number(base.placed ?? 0), 0),
            }
          : null,
      });
      return Object.assign(enterprise, { health });
    });
  }
}
