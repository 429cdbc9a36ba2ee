import { deflateRawSync } from 'node:zlib';
import request from 'supertest';
import { expectError } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';
import { roleAccounts, RoleAccount } from './roles';
import type { Role } from '@crm/domain';

/** Reads a response body as bytes, whatever its type. */
const bytes = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Issue 20, items 3 and 4: files on records follow the record's rights and come back harmless; uploads are parsed within bounds. */
describe('uploads: attachments and spreadsheets', () => {
  let h: Harness;
  let seed: Seed;
  let accounts: Record<Role, RoleAccount>;
  let collegeId: number;
  const attach = (resource: string, recordId: number, file: Buffer, name: string, contentType: string) =>
    h
      .api('post', '/api/attachments')
      .field('resource', resource)
      .field('recordId', String(recordId))
      .attach('file', file, { filename: name, contentType });
  const download = (id: number) => h.api('get', `/api/attachments/${id}/content`).buffer(true).parse(bytes);
  const importFile = (file: Buffer, name = 'enterprises.csv', language = 'en') =>
    h
      .api('post', '/api/imports/enterprises')
      .set('Accept-Language', language)
      .attach('file', file, { filename: name, contentType: 'text/csv' });

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    ({ accounts, collegeId } = await roleAccounts(h));
  });
  afterAll(() => h?.close());

  describe('attachments', () => {
    it('may be taken off a record only by those who may edit the record (403, nothing changed)', async () => {
      const enterprise = await seed.enterprise();
      const outcome = await seed.outcome({ kind: 'joint_lab' });
      const licence = (
        await attach(
          'enterprises',
          enterprise.id,
          Buffer.from('%PDF-1.4 licence'),
          '营业执照.pdf',
          'application/pdf',
        ).expect(201)
      ).body;
      const contract = (
        await attach('outcomes', outcome.id, Buffer.from('%PDF-1.4 contract'), '合同.pdf', 'application/pdf').expect(
          201,
        )
      ).body;
      // the Employment Office does not edit enterprises, a college not another college's outcomes
      expectError(await accounts.employment.as('delete', `/api/attachments/${licence.id}`), 403);
      expectError(await accounts.college.as('delete', `/api/attachments/${contract.id}`), 403);
      expectError(await accounts.employment.as('delete', `/api/attachments/${contract.id}`), 403);
      await h.api('get', `/api/attachments/${licence.id}`).expect(200);
      await h.api('get', `/api/attachments/${contract.id}`).expect(200);
      // the office, who edits both, may
      await accounts.office.as('delete', `/api/attachments/${licence.id}`).expect(200);
      await accounts.office.as('delete', `/api/attachments/${contract.id}`).expect(200);
    });

    it('on a meeting follow the meeting’s own rule: a college adds photos to a visit its teacher attended, not to another college’s', async () => {
      const teacher = await seed.create('staff', { name: '王老师', unitId: collegeId });
      const other = await seed.create('staff', { name: '赵老师', unitId: (await seed.college()).id });
      const ours = await seed.meeting({ kind: 'visit_made', staffIds: [teacher.id] });
      const theirs = await seed.meeting({ kind: 'visit_made', staffIds: [other.id] });
      const photo = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
        'hex',
      );
      const sent = (meetingId: number) =>
        accounts.college
          .as('post', '/api/attachments')
          .field('resource', 'meetings')
          .field('recordId', String(meetingId))
          .attach('file', photo, { filename: '走访合影.png', contentType: 'image/png' });
      const added = (await sent(ours.id).expect(201)).body;
      expect(added).toMatchObject({ resource: 'meetings', recordId: ours.id, contentType: 'image/png' });
      expectError(await sent(theirs.id), 403);
      // and takes it off again, as it may edit the meeting
      await accounts.college.as('delete', `/api/attachments/${added.id}`).expect(200);
      expect(
        (
          await h
            .api(
              'get',
              `/api/attachments?filter=${encodeURIComponent(JSON.stringify({ resource: 'meetings', recordId: theirs.id }))}`,
            )
            .expect(200)
        ).body,
      ).toEqual([]);
    });

    it('are typed by their bytes, never by the client: a script comes back as plain text, an archive as a download', async () => {
      const meeting = await seed.meeting();
      const script = (
        await attach(
          'meetings',
          meeting.id,
          Buffer.from('alert(document.cookie)'),
          'evil.js',
          'text/javascript',
        ).expect(201)
      ).body;
      expect(script.contentType).toBe('text/plain');
      const shown = await download(script.id).expect(200);
      expect(shown.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(shown.headers['x-content-type-options']).toBe('nosniff');

      const html = (
        await attach(
          'meetings',
          meeting.id,
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
          'logo.svg',
          'image/svg+xml',
        ).expect(201)
      ).body;
      expect(html.contentType).not.toMatch(/svg|html/);
      const zip = (
        await attach(
          'meetings',
          meeting.id,
          Buffer.from('504b0304140000000800', 'hex'),
          'photo.png',
          'image/png',
        ).expect(201)
      ).body;
      expect(zip.contentType).toBe('application/zip');
      const archive = await download(zip.id).expect(200);
      expect(archive.headers['content-type']).toBe('application/octet-stream');
      expect(archive.headers['content-disposition']).toMatch(/^attachment; /);

      const png = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
        'hex',
      );
      const photo = (await attach('meetings', meeting.id, png, '合影.png', 'application/octet-stream').expect(201))
        .body;
      const image = await download(photo.id).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.headers['content-disposition']).toMatch(/^inline; /);
      // each download is in the audit trail
      expect(
        (
          await h.sql(
            `SELECT * FROM "audit_events" WHERE "action" = 'download' AND "recordId" IN (?, ?, ?)`,
            script.id,
            zip.id,
            photo.id,
          )
        ).length,
      ).toBe(3);
    });

    // (a C0 control in a multipart header is refused by the parser before the server reads it)
    it('lose bidirectional and control characters from their names', async () => {
      const meeting = await seed.meeting();
      const file = await attach(
        'meetings',
        meeting.id,
        Buffer.from('minutes'),
        'minutes\u202Etxt.exe\u2066\u200F.txt',
        'text/plain',
      ).expect(201);
      expect(file.body.name).toBe('minutestxt.exe.txt');
    });
  });

  describe('spreadsheets, parsed within bounds', () => {
    it('refuses a sheet of more than 200 columns with 400 in the caller’s language', async () => {
      const wide = Buffer.from(
        `${Array.from({ length: 201 }, (_, i) => (i === 0 ? '企业名称' : `列${i}`)).join(',')}\n上海江朗科技有限公司\n`,
      );
      const english = await importFile(wide);
      expectError(english, 400, ['file']);
      expect(english.body.message).toMatch(/^Row 1 has more than 200 columns/);
      const chinese = await importFile(wide, 'wide.csv', 'zh-CN').expect(400);
      expect(chinese.body).toMatchObject({
        statusCode: 400,
        message: expect.stringMatching(/^第 1 行超过 200 列/),
        errors: { file: '超过 200 列' },
      });
    });

    it('refuses a broken or cut-off upload with 400 in the caller’s language, not the parser’s English', async () => {
      const broken = (language: string, body: string) =>
        h
          .api('post', '/api/imports/enterprises')
          .set('Accept-Language', language)
          .set('Content-Type', 'multipart/form-data; boundary=XX')
          .send(body);
      const badHeader = '--XX\r\nbad header line\r\n\r\nabc\r\n--XX--\r\n';
      const cutOff =
        '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n企业名称';
      expectError(await broken('en', badHeader), 400);
      expect((await broken('en', badHeader)).body.message).toBe(
        'The upload arrived broken or incomplete; choose the file and send it again.',
      );
      for (const body of [badHeader, cutOff])
        expect((await broken('zh-CN', body).expect(400)).body.message).toBe(
          '上传的内容不完整或格式有误，请重新选择文件上传。',
        );
      // a file under another field name than the one the route reads
      const wrongField = await h
        .api('post', '/api/imports/enterprises')
        .set('Accept-Language', 'zh-CN')
        .attach('sheet', Buffer.from('企业名称\n甲公司\n'), { filename: 'a.csv', contentType: 'text/csv' })
        .expect(400);
      expect(wrongField.body.message).toBe('上传的内容不完整或格式有误，请重新选择文件上传。');
    });

    it('refuses a cell of more than 32,000 characters', async () => {
      const answer = await importFile(Buffer.from(`企业名称,备注\n上海江朗科技有限公司,${'长'.repeat(32_001)}\n`));
      expectError(answer, 400, ['file']);
      expect(answer.body.message).toMatch(/row 2, column 2 holds more than 32,000 characters/);
    });

    it('refuses a workbook that inflates past 200 MB with 400, counting what it inflates to rather than trusting what it declares', async () => {
      // 300 MB of markup in a zip of a few hundred kB, whose entry declares 1,000 bytes
      const sheet = Buffer.alloc(300 * 1024 * 1024, ' ');
      sheet.write('<?xml version="1.0"?><worksheet>');
      const data = deflateRawSync(sheet, { level: 9 });
      const name = Buffer.from('xl/worksheets/sheet1.xml');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(1000, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(1000, 24);
      central.writeUInt16LE(name.length, 28);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(1, 8);
      end.writeUInt16LE(1, 10);
      end.writeUInt32LE(central.length + name.length, 12);
      end.writeUInt32LE(local.length + name.length + data.length, 16);
      const bomb = Buffer.concat([local, name, data, central, name, end]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const answer = await importFile(bomb, 'report.xlsx');
      expectError(answer, 400, ['file']);
      expect(answer.body.message).toMatch(/unpacks to more than 200 MB/);
    });

    it('reads at most two files at once (429 with Retry-After beyond), and keeps answering health checks meanwhile', async () => {
      // 8 MB of rows under an unrecognised header: a second of parsing each, then a 400
      const rows = Buffer.from(`foo,bar\n${`${'x'.repeat(150)},${'y'.repeat(150)}\n`.repeat(27_000)}`);
      const uploads = Array.from({ length: 5 }, () => importFile(rows).then((response) => response));
      const health: number[] = [];
      const started = Date.now();
      const watching = (async () => {
        while (Date.now() - started < 1500) {
          const at = Date.now();
          await h.http.get('/api/health').expect(200);
          health.push(Date.now() - at);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const answers = await Promise.all(uploads);
      await watching;
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses.filter((status) => status === 400).length).toBeGreaterThanOrEqual(2);
      const busy = answers.filter((answer) => answer.status === 429);
      expect(busy.length).toBeGreaterThanOrEqual(1);
      for (const answer of busy) {
        expectError(answer, 429);
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      }
      // the parses ran off the event loop: no health check waited for them
      expect(Math.max(...health)).toBeLessThan(1000);
    });
  });
});
