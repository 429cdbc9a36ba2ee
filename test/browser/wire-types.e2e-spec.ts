import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { ADMIN_PASSWORD, ensureBuilt, freePort, Server, startServer } from './server';

const ROOT = resolve(__dirname, '..', '..');
const WIRE_TYPES = join(ROOT, 'libs', 'domain', 'src', 'api-types.ts');

interface Field {
  required: boolean;
  nullable: boolean;
}

/** Each exported type of libs/domain/src/api-types.ts with its fields, as the compiler (and so the dashboard) reads them. */
function wireTypes(): Map<string, Map<string, Field>> {
  const program = ts.createProgram([WIRE_TYPES], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const types = new Map<string, Map<string, Field>>();
  ts.forEachChild(program.getSourceFile(WIRE_TYPES)!, (node) => {
    if (!ts.isTypeAliasDeclaration(node) && !ts.isInterfaceDeclaration(node)) return;
    const fields = new Map<string, Field>();
    for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(node))) {
      const type = checker.getTypeOfSymbol(property);
      const parts = type.isUnion() ? type.types : [type];
      fields.set(property.name, {
        required: !(property.flags & ts.SymbolFlags.Optional),
        nullable: parts.some((part) => !!(part.flags & ts.TypeFlags.Null)),
      });
    }
    types.set(node.name.text, fields);
  });
  return types;
}

/**
 * The wire types the dashboard reads (libs/domain/src/api-types.ts) are generated from the OpenAPI
 * document the built server publishes: the committed file must be what that document generates,
 * and each resource's record, as the server sends it, must have exactly the fields of its type.
 */
describe('the wire types and the OpenAPI document', () => {
  let server: Server;
  let document: {
    paths: Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>
    >;
  };
  const wire = wireTypes();

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_DEMO_DATA: '1' });
    document = (await (await fetch(`${server.url}/api/docs-json`)).json()) as typeof document;
    // the demo has no files: one sign-in sheet on the first meeting, so that an attachment is read back too
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const form = new FormData();
    form.set('resource', 'meetings');
    form.set('recordId', '1');
    form.set('file', new Blob(['签到表'], { type: 'text/plain' }), 'sign-in.txt');
    expect(
      (
        await fetch(`${server.url}/api/attachments`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
          body: form,
        })
      ).status,
    ).toBe(201);
  }, 600_000);
  afterAll(() => server?.stop());

  it('is what `npm run wire-types` generates from the document the server publishes (not stale)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-wire-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
      // exits 1 with its message when the committed file differs
      execFileSync(process.execPath, [join(ROOT, 'tools', 'wire-types.mjs'), join(dir, 'openapi.json'), '--check'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Attachments are listed per record. */
  const LIST_FILTERS: Record<string, object> = { attachments: { resource: 'meetings', recordId: 1 } };
  /** Every resource's record type: what GET /api/<resource>/{id} answers. */
  const records = () =>
    Object.entries(document.paths).flatMap(([path, operations]) => {
      const match = /^\/api\/([a-z-]+)\/\{id\}$/.exec(path);
      const reference = operations.get?.responses['200']?.content?.['application/json']?.schema.$ref;
      return match && reference ? [{ resource: match[1], type: reference.split('/').pop()! }] : [];
    });

  /** The resources the demo data (and the one attachment above) has records of. */
  const SAMPLED = [
    'chambers',
    'enterprises',
    'contacts',
    'meetings',
    'outcomes',
    'intakes',
    'tasks',
    'staff',
    'attachments',
    'audit-events',
  ];

  it('has a type for every resource’s record', () => {
    expect(records().map((record) => record.resource)).toEqual(expect.arrayContaining(SAMPLED));
    expect(records().filter((record) => !wire.has(record.type))).toEqual([]);
  });

  it('types every field the server sends in a record, and no other: an enterprise’s health, a meeting’s attendees, never a password hash', async () => {
    const problems: string[] = [];
    const compared: string[] = [];
    for (const { resource, type: name } of records()) {
      const type = wire.get(name)!;
      const filter = encodeURIComponent(JSON.stringify(LIST_FILTERS[resource] ?? {}));
      const [sent] = await server.api<Record<string, unknown>[]>('get', `/${resource}?range=[0,0]&filter=${filter}`);
      // registrations arrive through public links only: the demo has none
      if (!sent) continue;
      compared.push(resource);
      for (const [field, { required, nullable }] of type) {
        if (!(field in sent)) problems.push(`${name}.${field}: in the wire type, not sent`);
        else if (!required) problems.push(`${name}.${field}: optional in the wire type, sent`);
        else if (sent[field] === null && !nullable)
          problems.push(`${name}.${field}: never null in the wire type, sent as null`);
      }
      for (const field of Object.keys(sent))
        if (!type.has(field)) problems.push(`${name}.${field}: sent by the server, not in the wire type`);
    }
    expect(problems).toEqual([]);
    expect(compared).toEqual(expect.arrayContaining(SAMPLED));
  });
});
