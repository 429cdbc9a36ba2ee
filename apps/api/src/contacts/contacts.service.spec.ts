import { renderError } from '../common/error.filter';
import { BadRequestException } from '@nestjs/common';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { AuditEvent } from '../common/audit-event.entity';
import { ChambersService } from '../chambers/chambers.service';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';

describe('ContactsService: a contact works at exactly one organisation', () => {
  let db: TestDatabase;
  let contacts: ContactsService;
  let enterpriseId: number;
  let chamberId: number;

  beforeAll(async () => {
    db = await openTestDatabase();
    contacts = new ContactsService(db.dependencies);
    enterpriseId = (
      await new EnterprisesService(db.dependencies).create({ name: 'Jianglang Technology Co., Ltd.' }, null)
    ).id;
    chamberId = (
      await new ChambersService(db.dependencies).create(
        { name: 'Zhejiang Chamber of Commerce, Shanghai', kind: 'chamber' },
        null,
      )
    ).id;
  });
  afterAll(() => db.close());

  const storedContacts = () => db.dataSource.getRepository(Contact).count({ withDeleted: true });
  const auditEvents = () => db.dataSource.getRepository(AuditEvent).count();

  async function refusal(write: Promise<unknown>): Promise<Record<string, string>> {
    const error = await write.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BadRequestException);
    return renderError((error as BadRequestException).getResponse() as never, 'en').errors!;
  }

  it('stores a contact at an enterprise or at a chamber, with its audit event', async () => {
    const events = await auditEvents();
    const atEnterprise = await contacts.create({ name: 'Wang Qiang', title: 'General Manager', enterpriseId }, null);
    const atChamber = await contacts.create({ name: 'Li Mei', chamberId }, null);
    expect(atEnterprise).toMatchObject({ enterpriseId, chamberId: null, permission: 'free', version: 1 });
    expect(atChamber).toMatchObject({ enterpriseId: null, chamberId });
    expect(await auditEvents()).toBe(events + 2);
  });

  it('refuses a contact at both or at neither, and stores nothing', async () => {
    const [count, events] = [await storedContacts(), await auditEvents()];
    expect(await refusal(contacts.create({ name: 'Both', enterpriseId, chamberId }, null))).toEqual({
      enterpriseId: 'give an enterprise or a chamber, not both',
      chamberId: 'give an enterprise or a chamber, not both',
    });
    expect(Object.keys(await refusal(contacts.create({ name: 'Neither' }, null)))).toEqual([
      'enterpriseId',
      'chamberId',
    ]);
    expect(
      Object.keys(await refusal(contacts.create({ name: 'Nulls', enterpriseId: null, chamberId: null }, null))),
    ).toEqual(['enterpriseId', 'chamberId']);
    expect([await storedContacts(), await auditEvents()]).toEqual([count, events]);
  });

  it('applies the rule to the record after an update: adding the second organisation is refused, moving is allowed', async () => {
    const contact = await contacts.create({ name: 'Zhao Lei', enterpriseId }, null);
    await refusal(contacts.update(contact.id, { version: contact.version, chamberId } as { version: number }, null));
    expect(await db.dataSource.getRepository(Contact).findOneByOrFail({ id: contact.id })).toMatchObject({
      enterpriseId,
      chamberId: null,
      version: 1,
    });
    const moved = await contacts.update(
      contact.id,
      { version: contact.version, enterpriseId: null, chamberId } as { version: number },
      null,
    );
    expect(moved).toMatchObject({ enterpriseId: null, chamberId, version: 2 });
  });

  it('refuses an organisation that does not exist or is deleted', async () => {
    expect(await refusal(contacts.create({ name: 'Ghost', enterpriseId: 9999 }, null))).toEqual({
      enterpriseId: 'names no enterprise (id 9999)',
    });
    const gone = await new ChambersService(db.dependencies).create(
      { name: 'Closed association', kind: 'association' },
      null,
    );
    await new ChambersService(db.dependencies).remove(gone.id, null);
    expect(await refusal(contacts.create({ name: 'Ghost', chamberId: gone.id }, null))).toEqual({
      chamberId: `names no chamber (id ${gone.id})`,
    });
  });
});
