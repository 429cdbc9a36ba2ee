import { DataSource, EntityMetadata, RelationMetadata } from 'typeorm';
import { RESOURCES } from '../../apps/api/src/resources';
import { msg, translate } from '../../apps/api/src/common/i18n';
import { dependentsOf } from '../../apps/api/src/common/relations';
import { ApiRecord, Body, FIXTURES, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/*
 * Written from the entities' metadata, not by hand: for every relation of the schema, the record it
 * points at cannot be deleted while a live record points at it (409 naming the dependents), and
 * once deleted it cannot be pointed at (400 on the field). A new @ManyToOne is tested here without a line.
 */

/** A relation between two resources of the API, or from a meeting's link table (its attendees and the like). */
interface Case {
  name: string;
  /** Resource of the record pointed at. */
  target: string;
  /** Resource of the record that points, and the body field that carries the id (or ids, for a link). */
  source: string;
  field: string;
  link: boolean;
  relation: RelationMetadata;
  metadata: EntityMetadata;
}

const fixtureOf = (resource: string) => {
  const fixture = FIXTURES.find((candidate) => candidate.resource === resource);
  if (!fixture) throw new Error(`no fixture for ${resource}: add one to test/fixtures/resources.ts`);
  return fixture;
};

/** What else a body must change for the pointer to be valid on its own (a contact works at one organisation), given the record pointed at. */
const companions: Record<string, Body | ((target: ApiRecord) => Body)> = {
  'contacts.chamberId': { enterpriseId: null },
  'contacts.enterpriseId': { chamberId: null },
  // the majors a visit made to an enterprise (访企拓岗) needs are recorded for that kind only
  'meetings.majorIds': { kind: 'visit_made' },
  // a teacher's practice in a project is in the project's enterprise
  'teacher-practices.outcomeId': (outcome) => ({ enterpriseId: outcome.enterpriseId }),
};

/** The API's name of a table's resource (campaign_quotas is campaign-quotas), from the registry. */
const resourceOf = (metadata: EntityMetadata) =>
  RESOURCES.find((declaration) => declaration.entity === metadata.target)?.resource ?? metadata.tableName;

function casesOf(dataSource: DataSource): Case[] {
  const cases: Case[] = [];
  for (const metadata of dataSource.entityMetadatas) {
    for (const relation of metadata.manyToOneRelations) {
      const target = relation.inverseEntityMetadata;
      if (!target.deleteDateColumn) continue;
      const column = relation.joinColumns[0].propertyName;
      if (metadata.deleteDateColumn) {
        cases.push({
          name: `${metadata.tableName}.${column} → ${target.tableName}`,
          target: resourceOf(target),
          source: resourceOf(metadata),
          field: column,
          link: false,
          relation,
          metadata,
        });
        continue;
      }
      // a link table without soft delete of its own, keyed by (owner, other): written through its owner (a meeting's staffIds)
      const owner = metadata.manyToOneRelations.find(
        (other) => other.joinColumns[0].propertyName === metadata.primaryColumns[0].propertyName,
      );
      if (!owner || owner === relation || !owner.inverseEntityMetadata.deleteDateColumn) continue;
      cases.push({
        name: `${metadata.tableName}.${column} → ${target.tableName} (through ${owner.inverseEntityMetadata.tableName})`,
        target: resourceOf(target),
        source: resourceOf(owner.inverseEntityMetadata),
        field: column.replace(/Id$/, 'Ids'),
        link: true,
        relation,
        metadata,
      });
    }
  }
  return cases;
}

describe('every relation of the schema, read from the metadata', () => {
  let h: Harness;
  let seed: Seed;
  let cases: Case[];

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    cases = casesOf(h.app.get(DataSource));
  });
  afterAll(() => h.close());

  it('finds the relations a person relies on, link tables included', () => {
    const names = cases.map((found) => found.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'contacts.enterpriseId → enterprises',
        'outcomes.ownerId → staff',
        'meetings.followsMeetingId → meetings',
        'meeting_staff.staffId → staff (through meetings)',
        'meeting_majors.majorId → majors (through meetings)',
      ]),
    );
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses to delete a record while a live record points at it (409 naming them), allows it once that one is gone, and refuses a pointer to it (400)', async () => {
    const dataSource = h.app.get(DataSource);
    const failures: string[] = [];
    for (const relation of cases) {
      // a college rather than an office: majors and outcomes belong to colleges
      const target =
        relation.target === 'units'
          ? await seed.college()
          : await seed.create(relation.target, await fixtureOf(relation.target).body(seed));
      const companion = companions[`${relation.source}.${relation.field}`];
      const pointer = (id: number) => ({
        [relation.field]: relation.link ? [id] : id,
        ...(typeof companion === 'function' ? companion(target) : companion),
      });
      const source = await seed.create(relation.source, {
        ...(await fixtureOf(relation.source).body(seed)),
        ...pointer(target.id),
      });

      // the dependents are counted in the reader's words: "1 meetings chaired", "1 meeting attendances"
      const dependent = dependentsOf(dataSource, relation.relation.inverseEntityMetadata).find(
        (candidate) =>
          candidate.target === relation.metadata.target &&
          candidate.field === relation.relation.joinColumns[0].propertyName,
      );
      const counted = dependent ? translate(msg(`nouns.${dependent.noun}`, { count: 1 }), 'en') : '(no dependent)';
      const refused = await h.api('delete', `/api/${relation.target}/${target.id}`).set('Accept-Language', 'en');
      if (refused.status !== 409 || !String(refused.body.message).includes(counted))
        failures.push(
          `${relation.name}: delete answered ${refused.status} ${JSON.stringify(refused.body.message)}, expected 409 naming "${counted}"`,
        );

      // a dependent in the trash blocks nothing
      await h.api('delete', `/api/${relation.source}/${source.id}`).expect(200);
      const deleted = await h.api('delete', `/api/${relation.target}/${target.id}`);
      if (deleted.status !== 200)
        failures.push(
          `${relation.name}: delete after the dependent's answered ${deleted.status} ${JSON.stringify(deleted.body)}`,
        );

      // a record in the trash cannot be pointed at, by a new record or by restoring the old one
      const pointing = await h
        .api('post', `/api/${relation.source}`)
        .send({ ...(await fixtureOf(relation.source).body(seed)), ...pointer(target.id) });
      if (pointing.status !== 400 || !pointing.body.errors?.[relation.field])
        failures.push(
          `${relation.name}: a pointer to a deleted record answered ${pointing.status} ${JSON.stringify(pointing.body)}`,
        );
      if (!relation.link) {
        const restored = await h.api('post', `/api/${relation.source}/${source.id}/restore`);
        if (restored.status !== 400 || !restored.body.errors?.[relation.field])
          failures.push(
            `${relation.name}: restoring a record pointing at a deleted one answered ${restored.status} ${JSON.stringify(restored.body)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
