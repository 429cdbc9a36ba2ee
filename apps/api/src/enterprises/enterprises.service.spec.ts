import { renderError } from '../common/error.filter';
import { ConflictException } from '@nestjs/common';
import { usccCheckCharacter } from '@crm/domain';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { Enterprise } from './enterprise.entity';
import { EnterprisesService } from './enterprises.service';

const USCC = '91440300708461136T';

describe('EnterprisesService: one live enterprise per USCC', () => {
  let db: TestDatabase;
  let enterprises: EnterprisesService;
  beforeAll(async () => {
    db = await openTestDatabase();
    enterprises = new EnterprisesService(db.dependencies);
  });
  afterAll(() => db.close());

  async function conflictOf(write: Promise<unknown>): Promise<{ message: string; errors: Record<string, string> }> {
    const error = await write.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConflictException);
    return renderError((error as ConflictException).getResponse() as never, 'en') as {
      message: string;
      errors: Record<string, string>;
    };
  }

  it('stores the USCC in canonical form and tidies aliases', async () => {
    const created = await enterprises.create(
      { name: 'Tencent', uscc: ' 9144 0300 7084 6113 6t', aliases: [' 腾讯 ', '腾讯', ''] },
      null,
    );
    expect(created.uscc).toBe(USCC);
    expect(created.aliases).toEqual(['腾讯']);
    expect(created.relationshipStage).toBe('prospect');
  });

  it('refuses a second enterprise with the same USCC, however it is typed, naming the first', async () => {
    const answer = await conflictOf(enterprises.create({ name: 'Tencent again', uscc: USCC.toLowerCase() }, null));
    expect(answer.message).toMatch(/already exists: “Tencent”/);
    expect(Object.keys(answer.errors)).toEqual(['uscc']);
    expect(await db.dataSource.getRepository(Enterprise).countBy({ uscc: USCC })).toBe(1);
  });

  it('refuses taking another enterprise’s USCC by update, but keeps one’s own', async () => {
    const other = await enterprises.create({ name: 'Other' }, null);
    await conflictOf(enterprises.update(other.id, { version: other.version, uscc: USCC } as { version: number }, null));
    const first = (await db.dataSource.getRepository(Enterprise).findOneByOrFail({ uscc: USCC }))!;
    const renamed = await enterprises.update(
      first.id,
      { version: first.version, name: 'Tencent Computer Systems', uscc: USCC } as { version: number },
      null,
    );
    expect(renamed.name).toBe('Tencent Computer Systems');
  });

  it('frees the USCC when the enterprise is deleted, and refuses to restore it while another uses it', async () => {
    const code = '91310000MA1FL4XQ1' + usccCheckCharacter('91310000MA1FL4XQ1');
    const old = await enterprises.create({ name: 'Old registration', uscc: code }, null);
    await enterprises.remove(old.id, null);
    const successor = await enterprises.create({ name: 'New registration', uscc: code }, null);
    await conflictOf(enterprises.restore(old.id, null));
    await enterprises.remove(successor.id, null);
    expect((await enterprises.restore(old.id, null)).deletedAt).toBeNull();
  });

  it('lets any number of enterprises have no USCC', async () => {
    await enterprises.create({ name: 'No code 1' }, null);
    await enterprises.create({ name: 'No code 2', uscc: null }, null);
    expect(await db.dataSource.getRepository(Enterprise).countBy({ name: 'No code 2' })).toBe(1);
  });
});
