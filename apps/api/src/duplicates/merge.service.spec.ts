import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { mergeReferences } from './merge.service';

describe('what a merge moves', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.close());

  /** Every column of every table that points at a record of `entity`, as the entities declare them. */
  const pointingAt = (entity: unknown) =>
    db.dataSource.entityMetadatas.flatMap((metadata) =>
      metadata.relations
        .filter((relation) => relation.inverseEntityMetadata.target === entity && relation.joinColumns.length === 1)
        .map((relation) => `${metadata.tableName}.${relation.joinColumns[0].databaseName}`),
    );

  it.each([
    [
      'an enterprise',
      Enterprise,
      [
        'contacts.enterpriseId',
        'memberships.enterpriseId',
        'outcomes.enterpriseId',
        'tasks.enterpriseId',
        'meeting_enterprises.enterpriseId',
      ],
    ],
    ['a contact', Contact, ['meeting_contacts.contactId']],
  ])('every relation the entities declare pointing at %s is one the merge moves', (_name, entity, known) => {
    const moved = mergeReferences(db.dataSource, entity).map((reference) => `${reference.table}.${reference.column}`);
    expect(pointingAt(entity)).toEqual(expect.arrayContaining(known));
    expect(moved.sort()).toEqual(pointingAt(entity).sort());
  });

  it('drops a link the survivor already has and trashes a live row that a live-unique rule would refuse', () => {
    const references = mergeReferences(db.dataSource, Enterprise);
    expect(references.find((reference) => reference.table === 'meeting_enterprises')).toMatchObject({
      label: 'meetings',
      linkKey: 'meetingId',
    });
    expect(references.find((reference) => reference.table === 'memberships')).toMatchObject({
      label: 'memberships',
      uniqueWith: ['chamberId'],
    });
    expect(references.find((reference) => reference.table === 'contacts')).toMatchObject({
      label: 'contacts',
      linkKey: undefined,
      uniqueWith: undefined,
    });
  });
});
