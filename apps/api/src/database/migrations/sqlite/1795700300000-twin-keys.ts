import { MigrationInterface, QueryRunner } from 'typeorm';

// at most 22 keys of 4 values a record: within SQLite's 32,766 parameters a statement
const BATCH = 200;

/* The rules of libs/domain/src/names.ts and duplicates/twin-keys.ts as they were written, frozen here. */
const LATIN_LEGAL_FORMS = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'pte',
]);
const CHINESE_LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '总公司', '公司'];
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

function organisationNameKey(name: string): string {
  const words = fold(name)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LATIN_LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  let key = words.join('');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of CHINESE_LEGAL_FORMS) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
}

function phoneKey(phone: string): string {
  let digits = fold(phone).replace(/\D+/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return digits.length >= 7 ? digits : '';
}

type Keyed = [key: string, reason: string];

function enterpriseKeys(row: { name: string; uscc: string | null; aliases: string | null }): Keyed[] {
  const keys: Keyed[] = [];
  if (row.uscc) keys.push([`u:${row.uscc.replace(/\s+/g, '').toUpperCase()}`, 'uscc']);
  const name = organisationNameKey(row.name ?? '');
  if (name) keys.push([`n:${name}`, 'name']);
  for (const alias of JSON.parse(row.aliases || '[]') as string[]) {
    const key = organisationNameKey(alias);
    if (key && key !== name && !keys.some(([known]) => known === `n:${key}`)) keys.push([`n:${key}`, 'alias']);
  }
  return keys;
}

function contactKeys(row: {
  name: string;
  phone: string | null;
  email: string | null;
  enterpriseId: number | null;
  chamberId: number | null;
}): Keyed[] {
  const keys: Keyed[] = [];
  const phone = row.phone ? phoneKey(row.phone) : '';
  if (phone) keys.push([`p:${phone}`, 'phone']);
  const email = row.email ? fold(row.email).trim() : '';
  if (email) keys.push([`m:${email}`, 'email']);
  const organisation = row.enterpriseId ? `e${row.enterpriseId}` : row.chamberId ? `c${row.chamberId}` : '';
  if (row.name && organisation)
    keys.push([`n:${organisation}:${fold(row.name).replace(/[\s\p{P}\p{S}]+/gu, '')}`, 'name']);
  return keys;
}

/**
 * The twin keys of live enterprises and contacts (duplicates/twin-key.entity.ts), so that a twin
 * check before a save and the list of likely pairs read an index instead of normalising every name
 * per request; filled here for the records already stored.
 */
export class TwinKeys1795700300000 implements MigrationInterface {
  name = 'TwinKeys1795700300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "twin_keys" ("resource" varchar(20) NOT NULL, "key" varchar(300) NOT NULL, "recordId" integer NOT NULL, "reason" varchar(10) NOT NULL, PRIMARY KEY ("resource", "key", "recordId")) WITHOUT ROWID`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_twin_keys_record" ON "twin_keys" ("resource", "recordId") `);
    const fill = async (resource: string, columns: string, keysOf: (row: never) => Keyed[]) => {
      for (let after = 0; ;) {
        const rows: { id: number }[] = await queryRunner.query(
          `SELECT "id", ${columns} FROM "${resource}" WHERE "id" > ? AND "deletedAt" IS NULL ORDER BY "id" LIMIT ${BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        const seen = new Set<string>();
        const values: unknown[] = [];
        for (const row of rows) {
          for (const [key, reason] of keysOf(row as never)) {
            const cut = key.slice(0, 300);
            if (seen.has(`${row.id}\u0000${cut}`)) continue;
            seen.add(`${row.id}\u0000${cut}`);
            values.push(resource, cut, row.id, reason);
          }
        }
        if (values.length)
          await queryRunner.query(
            `INSERT INTO "twin_keys" ("resource", "key", "recordId", "reason") VALUES ${Array.from({ length: values.length / 4 }, () => '(?, ?, ?, ?)').join(', ')}`,
            values,
          );
        after = rows[rows.length - 1].id;
      }
    };
    await fill('enterprises', '"name", "uscc", "aliases"', enterpriseKeys);
    await fill('contacts', '"name", "phone", "email", "enterpriseId", "chamberId"', contactKeys);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_twin_keys_record"`);
    await queryRunner.query(`DROP TABLE "twin_keys"`);
  }
}
