import Database from 'better-sqlite3';
import { ChambersService } from '../apps/api/src/chambers/chambers.service';
import type { CrudDependencies, CrudService } from '../apps/api/src/common/crud.service';
import type { ListSpec } from '../apps/api/src/common/list-query';
import { ContactsService } from '../apps/api/src/contacts/contacts.service';
import { EnterprisesService } from '../apps/api/src/enterprises/enterprises.service';
import { IntakesService } from '../apps/api/src/intakes/intakes.service';
import { MajorsService } from '../apps/api/src/majors/majors.service';
import { MeetingsService } from '../apps/api/src/meetings/meetings.service';
import { MembershipsService } from '../apps/api/src/memberships/memberships.service';
import { OutcomesService } from '../apps/api/src/outcomes/outcomes.service';
import { StaffService } from '../apps/api/src/staff/staff.service';
import { TasksService } from '../apps/api/src/tasks/tasks.service';
import { UnitsService } from '../apps/api/src/units/units.service';

/** Every resource list with the spec its service declares: the source of the bench's filter rows. */
export function listSpecs(): { resource: string; spec: ListSpec }[] {
  // The services are only asked for their list spec; nothing touches the stub.
  const stub = { dataSource: { getRepository: () => null } } as unknown as CrudDependencies;
  const classes = [
    ChambersService,
    EnterprisesService,
    MembershipsService,
    ContactsService,
    UnitsService,
    MajorsService,
    StaffService,
    MeetingsService,
    OutcomesService,
    IntakesService,
    TasksService,
  ];
  return classes.map((Service) => {
    const service = new (
      Service as unknown as new (dependencies: CrudDependencies, other?: unknown) => CrudService<never>
    )(stub, null);
    return { resource: service.resource, spec: service.listSpec };
  });
}

export interface FilterQuery {
  resource: string;
  /** "city" or "startsAt_gte" */
  filter: string;
  params: { filter: Record<string, unknown>; sort: [string, 'ASC' | 'DESC']; range: [number, number] };
}

/**
 * One query per filterable field of every list, alone, with the list's default sort: the value a
 * user would most often pick (the commonest one stored), or for dates and times "from the median
 * on" (half the table). Relation filters (enterprises by chamber…) go through other tables and are
 * left to the resource's own tests; the baseline could not answer them with plain column SQL.
 */
export function filterQueries(databasePath: string): FilterQuery[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    const queries: FilterQuery[] = [];
    for (const { resource, spec } of listSpecs()) {
      const table = resource;
      const sort = spec.defaultSort ?? ['id', 'ASC'];
      for (const [field, type] of Object.entries(spec.fields)) {
        const live = `"deletedAt" IS NULL AND "${field}" IS NOT NULL`;
        let filter: Record<string, unknown>;
        let name = field;
        if (type === 'date' || type === 'datetime') {
          const row = db
            .prepare(
              `SELECT "${field}" AS value FROM "${table}" WHERE ${live} ORDER BY "${field}" LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "${table}" WHERE ${live})`,
            )
            .get() as { value: string } | undefined;
          if (!row) continue;
          name = `${field}_gte`;
          filter = { [name]: type === 'date' ? row.value : `${row.value.slice(0, 10)}` };
        } else {
          const row = db
            .prepare(
              `SELECT "${field}" AS value FROM "${table}" WHERE ${live} GROUP BY "${field}" ORDER BY count(*) DESC, "${field}" LIMIT 1`,
            )
            .get() as { value: unknown } | undefined;
          if (!row) continue;
          filter = { [field]: type === 'boolean' ? row.value === 1 : row.value };
        }
        queries.push({ resource, filter: name, params: { filter, sort, range: [0, 24] } });
      }
    }
    return queries;
  } finally {
    db.close();
  }
}
