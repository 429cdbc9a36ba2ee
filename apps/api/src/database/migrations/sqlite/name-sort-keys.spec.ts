import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../data-source';
import { ENTITIES } from '../../../resources';
import { NameSortKeys1795490100000 } from './1795490100000-name-sort-keys';
import { MIGRATIONS } from './index';

describe('the name sort key migration', () => {
  it('fills the keys of the rows stored before it, so an existing database sorts by pinyin at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-migration-'));
    const path = join(dir, 'crm.sqlite');
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(NameSortKeys1795490100000));
    const old = await new DataSource({
      ...dataSourceOptions(path, ENTITIES),
      entities: [],
      migrations: before,
    }).initialize();
    for (const name of ['王伟科技有限公司', '陈氏物流有限公司', '安徽汽车集团'])
      await old.query('INSERT INTO "enterprises" ("name", "version") VALUES (?, 1)', [name]);
    await old.query('INSERT INTO "contacts" ("name", "version") VALUES (?, 1)', ['Chen Boqin']);
    await old.destroy();

    const migrated = await new DataSource(dataSourceOptions(path, ENTITIES)).initialize();
    try {
      const keys = await migrated.query('SELECT "name", "nameSortKey" FROM "enterprises" ORDER BY "nameSortKey"');
      expect(keys).toEqual([
        { name: '安徽汽车集团', nameSortKey: 'an1 hui1 qi4 che1 ji2 tuan2' },
        { name: '陈氏物流有限公司', nameSortKey: 'chen2 shi4 wu4 liu2 you3 xian4 gong1 si1' },
        { name: '王伟科技有限公司', nameSortKey: 'wang2 wei3 ke1 ji4 you3 xian4 gong1 si1' },
      ]);
      expect(await migrated.query('SELECT "nameSortKey" FROM "contacts"')).toEqual([{ nameSortKey: 'chen boqin' }]);
      const plan = await migrated.query(
        `EXPLAIN QUERY PLAN SELECT "id" FROM "enterprises" WHERE "deletedAt" IS NULL ORDER BY "nameSortKey" LIMIT 25`,
      );
      expect(JSON.stringify(plan)).toContain('IDX_enterprises_name_sort_live');
    } finally {
      await migrated.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
