import { resolve } from 'node:path';
import ts from 'typescript';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../../apps/api/src/resources';
import { ADMIN_PASSWORD, ensureBuilt, freePort, Server, startServer } from './server';

const WIRE_TYPES = resolve(__dirname, '..', '..', 'libs', 'domain', 'src', 'api-types.ts');

type Kind = 'number' | 'string' | 'boolean' | 'array' | 'object';
interface Field {
  required: boolean;
  nullable: boolean;
  /** Absent where the document does not say (a JSON column). */
  kind?: Kind;
}
interface SchemaProperty {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  $ref?: string;
  allOf?: { $ref?: string }[];
  items?: { $ref?: string };
}
interface Schema {
  properties?: Record<string, SchemaProperty>;
  required?: string[];
}

/** Each interface of libs/domain/src/api-types.ts with its fields (inherited ones included), as the compiler reads them. */
function wireTypes(): Map<string, Map<string, Field>> {
  const program = ts.createProgram([WIRE_TYPES], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const kindOf = (type: ts.Type): Kind => {
    if (type.flags & ts.TypeFlags.NumberLike) return 'number';
    if (type.flags & ts.TypeFlags.StringLike) return 'string';
    if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    return checker.isArrayType(type) ? 'array' : 'object';
  };
  const types = new Map<string, Map<string, Field>>();
  ts.forEachChild(program.getSourceFile(WIRE_TYPES)!, (node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const fields = new Map<string, Field>();
    for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(node))) {
      const type = checker.getTypeOfSymbol(property);
      const parts = (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & ts.TypeFlags.Undefined));
      const values = parts.filter((part) => !(part.flags & ts.TypeFlags.Null));
      const kinds = new Set(values.map(kindOf));
      fields.set(property.name, {
        required: !(property.flags & ts.SymbolFlags.Optional),
        nullable: values.length < parts.length,
        kind: kinds.size === 1 ? [...kinds][0] : 'object',
      });
    }
    types.set(node.name.text, fields);
  });
  return types;
}

/** What the document says of a field: its kind where it gives one (an enum is text). */
function documented(property: SchemaProperty, required: boolean): Field {
  const kind = property.type === 'integer' ? 'number' : property.type ?? (property.enum ? 'string' : undefined);
  return { required, nullable: property.nullable === true, kind: kind as Kind | undefined };
}

/** A property that is the record it points at (`owner` beside `ownerId`): loaded only on purpose, never sent. */
const isRelationObject = (property: SchemaProperty) => !!(property.$ref ?? property.allOf?.some((part) => part.$ref) ?? property.items?.$ref);

/** Columns the API never reads back (pinyin keys, password hash): declared `select: false` on the entity. */
function unreadColumns(schemaName: string): Set<string> {
  const entity = ENTITIES.find((target) => target.name === schemaName);
  return new Set(getMetadataArgsStorage().columns.filter((column) => column.target === entity && column.options.select === false).map((column) => column.propertyName));
}

/**
 * The wire types the dashboard reads (libs/domain/src/api-types.ts) against the OpenAPI document
 * the built server publishes (its record schemas come from the entities through the Swagger
 * plugin of the build), for every resource: a field added to an entity and not to its wire type,
 * or the reverse, fails here.
 */
describe('the wire types and the OpenAPI document', () => {
  let server: Server;
  let document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: SchemaProperty }> }> }>>; components: { schemas: Record<string, Schema> } };
  const wire = wireTypes();

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_DEMO_DATA: '1' });
    document = (await (await fetch(`${server.url}/api/docs-json`)).json()) as typeof document;
    // the demo has no files: one sign-in sheet on the first meeting, so that an attachment is read back too
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
    const { token } = (await login.json()) as { token: string };
    const form = new FormData();
    form.set('resource', 'meetings');
    form.set('recordId', '1');
    form.set('file', new Blob(['签到表'], { type: 'text/plain' }), 'sign-in.txt');
    expect((await fetch(`${server.url}/api/attachments`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })).status).toBe(201);
  }, 600_000);
  afterAll(() => server?.stop());

  /** Attachments are listed per record. */
  const LIST_FILTERS: Record<string, object> = { attachments: { resource: 'meetings', recordId: 1 } };
  const samples = new Map<string, Promise<Record<string, unknown> | undefined>>();
  /** A record of the resource as the server sends it (the demo data's first). */
  const sample = (resource: string) => {
    if (!samples.has(resource)) samples.set(resource, server.api<Record<string, unknown>[]>('get', `/${resource}?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(LIST_FILTERS[resource] ?? {}))}`).then(([record]) => record));
    return samples.get(resource)!;
  };

  /** Every resource's record schema: what GET /api/<resource>/{id} answers. */
  const records = () =>
    Object.entries(document.paths).flatMap(([path, operations]) => {
      const match = /^\/api\/([a-z-]+)\/\{id\}$/.exec(path);
      const reference = operations.get?.responses['200']?.content?.['application/json']?.schema.$ref;
      return match && reference ? [{ resource: match[1], schema: reference.split('/').pop()! }] : [];
    });

  it('finds the record schema of every resource in the document', () => {
    expect(records().map((record) => record.resource)).toEqual(expect.arrayContaining(['chambers', 'enterprises', 'contacts', 'meetings', 'outcomes', 'intakes', 'tasks', 'staff', 'attachments', 'audit-events']));
  });

  it('has a wire type for every resource, with each field the document gives that the server sends: name, required or optional, null or not, kind', async () => {
    const problems: string[] = [];
    for (const { resource, schema: name } of records()) {
      const type = wire.get(name);
      if (!type) {
        problems.push(`${resource}: no interface ${name} in api-types.ts`);
        continue;
      }
      const schema = document.components.schemas[name];
      const unread = unreadColumns(name);
      const sent = await sample(resource);
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        // a field the service leaves out of what it sends (a password hash) is no wire field
        if (isRelationObject(property) || unread.has(field) || (sent && !(field in sent))) continue;
        const expected = documented(property, (schema.required ?? []).includes(field));
        const actual = type.get(field);
        if (!actual) problems.push(`${name}.${field}: in the document, not in the wire type`);
        else {
          if (actual.required !== expected.required) problems.push(`${name}.${field}: ${expected.required ? 'required' : 'optional'} in the document`);
          if (actual.nullable !== expected.nullable) problems.push(`${name}.${field}: ${expected.nullable ? 'nullable' : 'never null'} in the document`);
          if (expected.kind && actual.kind !== expected.kind) problems.push(`${name}.${field}: ${expected.kind} in the document, ${actual.kind} in the wire type`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no wire field the server does not send, and every field it adds to a record (an enterprise’s health, a meeting’s attendees) in the wire type', async () => {
    const problems: string[] = [];
    for (const { resource, schema: name } of records()) {
      const type = wire.get(name);
      if (!type) continue;
      const schema = document.components.schemas[name];
      const unread = unreadColumns(name);
      const sent = await sample(resource);
      for (const field of type.keys()) {
        const inDocument = !!schema.properties?.[field] && !isRelationObject(schema.properties[field]) && !unread.has(field);
        if (sent ? !(field in sent) : !inDocument) problems.push(`${name}.${field}: in the wire type, not in what the server sends`);
      }
      for (const field of Object.keys(sent ?? {})) if (!type.has(field)) problems.push(`${name}.${field}: sent by the server, not in the wire type`);
    }
    expect(problems).toEqual([]);
  });
});
