import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** Every file under a directory, recursively (the file store). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Signed agreements, photos and sign-in sheets on meetings, outcomes and enterprises. */
describe('attachments', () => {
  let h: Harness;
  let seed: Seed;
  let meeting: ApiRecord;
  let store: string;
  const upload = (
    resource: string,
    recordId: number | string,
    bytes: Buffer,
    name: string,
    contentType = 'application/pdf',
  ) =>
    h
      .api('post', '/api/attachments')
      .field('resource', resource)
      .field('recordId', String(recordId))
      .attach('file', bytes, { filename: name, contentType });
  const listOf = async (resource: string, recordId: number) =>
    (await h.api('get', `/api/attachments?filter=${q({ resource, recordId })}`).expect(200)).body as ApiRecord[];

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    meeting = await seed.meeting({ kind: 'symposium' });
    store = join(dirname(h.databasePath), 'files');
  });
  afterAll(() => h.close());

  it('stores a file with its Chinese name and gives it back as a download', async () => {
    const bytes = Buffer.from('%PDF-1.4 签约协议 signed agreement');
    const created = await upload('meetings', meeting.id, bytes, '校企合作协议（签字版）.pdf').expect(201);
    expect(created.body).toMatchObject({
      name: '校企合作协议（签字版）.pdf',
      size: bytes.length,
      contentType: 'application/pdf',
      resource: 'meetings',
      recordId: meeting.id,
    });
    const download = await h
      .api('get', `/api/attachments/${created.body.id}/content`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    // a PDF is one of the types shown inline (a download of anything else: attachments-safety.e2e-spec.ts)
    expect(download.headers['content-disposition']).toBe(
      `inline; filename="???????????.pdf"; filename*=UTF-8''${encodeURIComponent('校企合作协议（签字版）.pdf')}`,
    );
    expect(Buffer.compare(download.body, bytes)).toBe(0);
    expect((await listOf('meetings', meeting.id)).map((row) => row.id)).toEqual([created.body.id]);
  });

  it('keeps one copy of the same bytes, under their SHA-256', async () => {
    const photo = Buffer.from('a photo of the symposium');
    const before = filesUnder(store).length;
    const outcome = await seed.outcome();
    const first = await upload('meetings', meeting.id, photo, 'photo.jpg', 'image/jpeg').expect(201);
    const second = await upload('outcomes', outcome.id, photo, '合影.jpg', 'image/jpeg').expect(201);
    expect(first.body.sha256).toBe(second.body.sha256);
    const after = filesUnder(store);
    expect(after.length).toBe(before + 1);
    expect(after.some((path) => path.endsWith(join(first.body.sha256.slice(0, 2), first.body.sha256)))).toBe(true);
  });

  it('refuses a file over 25 MB with 413, storing nothing', async () => {
    const before = filesUnder(store);
    const count = (await listOf('meetings', meeting.id)).length;
    const response = await upload(
      'meetings',
      meeting.id,
      Buffer.alloc(25 * 1024 * 1024 + 1, 7),
      'huge.bin',
      'application/octet-stream',
    );
    expectError(response, 413);
    expect(filesUnder(store)).toEqual(before);
    expect((await listOf('meetings', meeting.id)).length).toBe(count);
    // exactly 25 MB is allowed
    await upload('meetings', meeting.id, Buffer.alloc(25 * 1024 * 1024, 8), 'sign-in sheets.tif', 'image/tiff').expect(
      201,
    );
  });

  it('refuses an upload without a file, to an unknown resource, or to a record that is not there', async () => {
    expectError(
      await h.api('post', '/api/attachments').field('resource', 'meetings').field('recordId', String(meeting.id)),
      400,
      ['file'],
    );
    expectError(await upload('chambers', meeting.id, Buffer.from('x'), 'x.txt'), 400, ['resource']);
    expectError(await upload('meetings', 'abc', Buffer.from('x'), 'x.txt'), 400, ['recordId']);
    expectError(await upload('meetings', 999999, Buffer.from('x'), 'x.txt'), 404);
    expectError(await h.api('get', `/api/attachments?filter=${q({ resource: 'meetings' })}`), 400, ['recordId']);
    expectError(await h.api('get', '/api/attachments?filter=null'), 400, ['resource', 'recordId']);
    expectError(await h.api('get', '/api/attachments/999999/content'), 404);
  });

  it('goes into the bin with its record and comes back with it', async () => {
    const enterprise = await seed.enterprise();
    const file = await upload(
      'enterprises',
      enterprise.id,
      Buffer.from('business licence'),
      '营业执照.png',
      'image/png',
    ).expect(201);
    await h.api('delete', `/api/enterprises/${enterprise.id}`).expect(200);
    expectError(
      await h.api('get', `/api/attachments?filter=${q({ resource: 'enterprises', recordId: enterprise.id })}`),
      404,
    );
    expectError(await h.api('get', `/api/attachments/${file.body.id}/content`), 404);
    await h.api('post', `/api/enterprises/${enterprise.id}/restore`).expect(201);
    expect((await listOf('enterprises', enterprise.id)).map((row) => row.id)).toEqual([file.body.id]);
    await h.api('get', `/api/attachments/${file.body.id}/content`).expect(200);

    // and one file alone goes into the bin and back
    await h.api('delete', `/api/attachments/${file.body.id}`).expect(200);
    expect(await listOf('enterprises', enterprise.id)).toEqual([]);
    await h.api('post', `/api/attachments/${file.body.id}/restore`).expect(201);
    expect((await listOf('enterprises', enterprise.id)).map((row) => row.id)).toEqual([file.body.id]);
  });
});
