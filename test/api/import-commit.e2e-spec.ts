import { usccCheckCharacter } from '@crm/domain';
import { RecordChanges } from '../../apps/api/src/common/record-changes';
import { CHUNK_ROWS, ImportsService } from '../../apps/api/src/imports/imports.service';
import { Staff } from '../../apps/api/src/staff/staff.entity';
import { createAccount, Harness, runSql, startHarness } from './harness';

/**
 * Issue 20: a large commit is written in chunks, so other users are served while it runs, and it
 * stays all or nothing — a chunk that fails, or a server that stops, leaves none of its rows.
 */
const ROWS = 1_000;

const uscc = (prefix: string, n: number) => {
  const first17 = `9131${prefix}MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
/** A sheet of `ROWS` new enterprises named `{stem}{n}有限公司`; `owner(n)` fills the owner column. */
const sheet = (stem: string, prefix: string, owner: (n: number) => string = () => '') =>
  Buffer.from(
    [
      '企业名称,统一社会信用代码,城市,负责人',
      ...Array.from({ length: ROWS }, (_, i) => `${stem}${i + 1}有限公司,${uscc(prefix, i + 1)},上海,${owner(i + 1)}`),
    ].join('\r\n'),
  );

describe('import commit: chunks that let others in, and all or nothing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const upload = async (file: Buffer) =>
    (await h.api('post', '/api/imports/enterprises').attach('file', file, 'sheet.csv').expect(201)).body as {
      id: string;
      counts: { create: number };
    };
  const named = async (stem: string) =>
    Number(
      (
        await h.sql<{ count: number }>(`SELECT COUNT(*) AS "count" FROM "enterprises" WHERE "name" LIKE ?`, `${stem}%`)
      )[0].count,
    );
  /** The live-row counters but those the test itself moves (the owner's account, the audit trail). */
  const counters = () =>
    h.sql(
      `SELECT "tableName", "live" FROM "row_counts" WHERE "tableName" NOT IN ('staff', 'audit_events') ORDER BY "tableName"`,
    );
  const grams = async () =>
    Number((await h.sql<{ count: number }>('SELECT COUNT(*) AS "count" FROM "enterprises_grams"'))[0].count);
  const twinKeys = async () =>
    Number(
      (
        await h.sql<{ count: number }>(`SELECT COUNT(*) AS "count" FROM "twin_keys" WHERE "resource" = 'enterprises'`)
      )[0].count,
    );
  const prospects = async () =>
    (await h.api('get', '/api/reports/funnel').expect(200)).body.find(
      (stage: { stage: string }) => stage.stage === 'prospect',
    ).count;

  it('a row lists all its problems, each on its column, in the reader’s language (a label error does not hide the USCC check)', async () => {
    const code = uscc('0404', 1);
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const file = Buffer.from(
      ['企业名称,统一社会信用代码,合作层级', `${'长'.repeat(201)},${wrongCheck},超级`, '三问题有限公司,,核心'].join(
        '\r\n',
      ),
    );
    const preview = (
      await h
        .api('post', '/api/imports/enterprises')
        .set('Accept-Language', 'zh-CN')
        .attach('file', file, 'sheet.csv')
        .expect(201)
    ).body;
    const [row] = preview.rows;
    expect(row).toMatchObject({ row: 2, action: 'invalid' });
    expect(Object.keys(row.errors).sort()).toEqual(['name', 'tier', 'uscc']);
    expect(row.errors.uscc).toBe('校验码不正确');
    expect(row.errors.tier).toContain('超级');
    expect(row.errors.name).toMatch(/200/);
    expect(preview.rows[1]).toMatchObject({ row: 3, action: 'create' });
    const english = (await h.api('get', `/api/imports/${preview.id}/preview`).set('Accept-Language', 'en').expect(200))
      .body.rows[0];
    expect(english.errors.uscc).toBe('has a wrong check character');
    expect(english.errors.name).toMatch(/200/);
    expect(english.errors.tier).toMatch(/[a-z]/);
  });

  it('a commit refused at row N of M leaves none of its rows (nor their search entries, counters, figures or twin keys) and names row N', async () => {
    const owner = (await h.api('post', '/api/staff').send({ name: '韩探针' }).expect(201)).body;
    // the last row names an owner; the account is deleted while the first chunk is written, as an
    // admin deleting it during the commit would: the pipeline refuses that row at the last chunk
    const preview = await upload(sheet('撤销企业', '0101', (n) => (n === ROWS ? '韩探针' : '')));
    // the sheet's last line: its first is the header
    const failing = ROWS + 1;
    expect(preview.counts.create).toBe(ROWS);
    const before = {
      counters: await counters(),
      grams: await grams(),
      twins: await twinKeys(),
      prospects: await prospects(),
    };
    let armed = true;
    h.app.get(RecordChanges).listen(['enterprises'], async (manager, told) => {
      if (!armed || told.every((change) => !String(change.after.name).startsWith('撤销企业'))) return;
      armed = false;
      // the test's stand-in for an admin deleting the account between two chunks
      await manager.update(Staff, owner.id, { deletedAt: new Date() });
    });

    const refused = await h.api('post', `/api/imports/${preview.id}/commit`).set('Accept-Language', 'en').expect(400);
    expect(refused.body).toMatchObject({
      statusCode: 400,
      row: failing,
      errors: { ownerId: expect.stringContaining(String(owner.id)) },
    });
    expect(refused.body.message).toContain(`${failing}`);
    expect(armed).toBe(false);

    expect(await named('撤销企业')).toBe(0);
    expect(await counters()).toEqual(before.counters);
    expect(await grams()).toBe(before.grams);
    expect(await twinKeys()).toBe(before.twins);
    expect(await prospects()).toBe(before.prospects);
    expect(
      (
        await h
          .api('get', `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ q: '撤销企业' }))}`)
          .expect(200)
      ).body,
    ).toEqual([]);
    // the trail says what happened to the rows other users may have seen: created, then purged by the undo
    const trail = await h.sql<{ action: string; count: number }>(
      `SELECT "action", COUNT(*) AS "count" FROM "audit_events" WHERE "resource" = 'enterprises' AND ("after" LIKE ? OR "before" LIKE ?) GROUP BY "action" ORDER BY "action"`,
      '%撤销企业%',
      '%撤销企业%',
    );
    // every chunk but the last was written before the last was refused (and rolled back with its events)
    expect(trail.map((row) => [row.action, Number(row.count)])).toEqual([
      ['create', ROWS - CHUNK_ROWS],
      ['purge', ROWS - CHUNK_ROWS],
    ]);
    // the preview is free again: committed once more it is refused before it writes (its owner is gone)
    expect((await h.api('post', `/api/imports/${preview.id}/commit`).expect(409)).body.row).toBe(failing);
  });

  it('while a commit runs, the health check and another user’s create are answered before it ends, between its chunks', async () => {
    const other = await createAccount(h, {
      name: '另一位同事',
      username: 'other.office',
      password: 'Another office password 1',
      role: 'office',
    });
    const preview = await upload(sheet('并行企业', '0202'));
    const finished: string[] = [];
    const commit = h
      .api('post', `/api/imports/${preview.id}/commit`)
      .then((answer) => (finished.push('commit'), answer));
    // once the commit has written its first chunk
    while (!(await named('并行企业'))) await new Promise((wait) => setTimeout(wait, 5));
    const [health, created] = await Promise.all([
      h.http.get('/api/health').then((answer) => (finished.push('health'), answer)),
      h.http
        .post('/api/enterprises')
        .set('Authorization', `Bearer ${other.token}`)
        .send({ name: '并行时新建的企业有限公司' })
        .then((answer) => (finished.push('create'), answer)),
    ]);
    expect(health.status).toBe(200);
    expect(created.status).toBe(201);
    const committed = await commit;
    expect(committed.status).toBe(201);
    expect(committed.body.created).toEqual({ enterprises: ROWS });
    expect(finished.indexOf('commit')).toBe(2);
    // the other user's record was written between two chunks of the import: its id lies among the import's
    const ids = (
      await h.sql<{ id: number }>(`SELECT "id" FROM "enterprises" WHERE "name" LIKE '并行企业%' ORDER BY "id"`)
    ).map((row) => Number(row.id));
    expect(ids).toHaveLength(ROWS);
    expect(created.body.id).toBeGreaterThan(ids[0]);
    expect(created.body.id).toBeLessThan(ids[ids.length - 1]);
  });

  it('a commit stopped by a restart leaves none of its rows or all of them', async () => {
    const first = await startHarness();
    const preview = (
      await first
        .api('post', '/api/imports/enterprises')
        .attach('file', sheet('重启企业', '0303'), 'sheet.csv')
        .expect(201)
    ).body;
    // a short lease, so that the next start-up finds it run out rather than waiting ten seconds
    const imports = first.app.get(ImportsService);
    imports.leaseMs = 1_000;
    // the server dies while it writes the second chunk: that chunk is lost with its transaction, and
    // the undo a live server would run never does
    let chunks = 0;
    first.app.get(RecordChanges).listen(['enterprises'], async () => {
      if (++chunks === 2) throw new Error('the server stopped');
    });
    jest
      .spyOn(imports as unknown as { undo: () => Promise<void> }, 'undo')
      .mockRejectedValue(new Error('the server stopped'));
    await first.api('post', `/api/imports/${preview.id}/commit`).expect(500);
    await first.app.close();

    // on a connection of its own: the first server's went with it
    const written = async () =>
      Number(
        (
          await runSql<{ count: number }>(
            first.databaseEnv,
            `SELECT COUNT(*) AS "count" FROM "enterprises" WHERE "name" LIKE '重启企业%'`,
          )
        )[0].count,
      );
    expect(await written()).toBe(CHUNK_ROWS);
    // a restart takes longer than the shortened lease: wait it out, so that the start-up sweep finds it
    await new Promise((wait) => setTimeout(wait, imports.leaseMs));
    const again = await startHarness({}, first.databasePath);
    try {
      const state = async () =>
        (
          await again.sql<{ committingBy: string | null; committedAt: string | null }>(
            'SELECT "committingBy", "committedAt" FROM "import_previews" WHERE "id" = ?',
            preview.id,
          )
        )[0];
      // the start-up sweep (not awaited by the start) undoes the commit whose lease ran out
      for (let tries = 0; (await state()).committingBy && tries < 400; tries++)
        await new Promise((wait) => setTimeout(wait, 25));
      expect(await state()).toEqual({ committingBy: null, committedAt: null });
      expect(await written()).toBe(0);
      expect(
        Number(
          (await again.sql<{ live: number }>(`SELECT "live" FROM "row_counts" WHERE "tableName" = 'enterprises'`))[0]
            .live,
        ),
      ).toBe(
        Number(
          (
            await again.sql<{ count: number }>(
              'SELECT COUNT(*) AS "count" FROM "enterprises" WHERE "deletedAt" IS NULL',
            )
          )[0].count,
        ),
      );
      // and the preview may be committed again, whole
      expect((await again.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body.created).toEqual({
        enterprises: ROWS,
      });
    } finally {
      await again.close();
    }
  });
});
