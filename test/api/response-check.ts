import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
}

/** One path template of the document as a pattern, with how specific it is (a literal segment beats a parameter). */
interface Route {
  template: string;
  pattern: RegExp;
  parameters: number;
  operations: Record<string, Operation>;
}

/**
 * Checks every answer a server sends against its own OpenAPI document: the operation found by
 * method and path template, the response by status (or the document's `default`), and a JSON body
 * against that response's schema. What does not conform is kept, for the suite to fail on.
 */
export class ResponseCheck {
  readonly mismatches: string[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly validators = new Map<object, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    addFormats(this.ajv);
    // the document's schemas refer to each other as #/components/schemas/X: one schema that holds them all
    this.ajv.addSchema({ components: closed(document.components ?? {}) }, 'openapi');
    this.routes = Object.entries(document.paths)
      .map(([template, operations]) => ({
        template,
        operations,
        parameters: (template.match(/\{[^}]+\}/g) ?? []).length,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      }))
      // /api/enterprises/duplicates before /api/enterprises/{id}, as the server routes them
      .sort((a, b) => a.parameters - b.parameters);
  }

  /** Watches every response of the server from now on. */
  watch(server: Server): void {
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) =>
      this.record(request, response),
    );
  }

  private record(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding: unknown) => {
      // only JSON is read; files and feeds are checked by status alone
      if (chunk && isJson(response))
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
        );
    };
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    response.once('finish', () =>
      this.check(request.method ?? 'GET', request.url ?? '/', response, Buffer.concat(chunks)),
    );
  }

  private check(method: string, url: string, response: ServerResponse, body: Buffer): void {
    const path = url.split('?')[0];
    // the dashboard's files, the Swagger UI and its document are no operations of the API
    if (!path.startsWith('/api/') || path.startsWith('/api/docs') || method === 'HEAD' || method === 'OPTIONS') return;
    const status = response.statusCode;
    const route = this.routes.find(
      (candidate) => candidate.pattern.test(path) && candidate.operations[method.toLowerCase()],
    );
    const where = `${method} ${path} → ${status}`;
    if (!route) {
      // an unknown route or method is refused in the contract's error shape too
      if (status >= 400 && this.routes.length)
        this.validate(`${where} (no operation)`, { $ref: 'openapi#/components/schemas/ApiError' }, body, response);
      else this.mismatches.push(`${where}: no operation in the document`);
      return;
    }
    const key = `${method} ${route.template}`;
    const responses = route.operations[method.toLowerCase()].responses ?? {};
    const documented = responses[String(status)] ?? responses.default;
    if (!documented)
      return void this.mismatches.push(
        `${key} → ${status}: status not in the document (${Object.keys(responses).join(', ')})`,
      );
    if (!isJson(response) || body.length === 0) return;
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) return void this.mismatches.push(`${key} → ${status}: a JSON body the document gives no schema for`);
    this.validate(`${key} → ${status}`, schema, body, response);
  }

  private validate(where: string, schema: object, body: Buffer, response: ServerResponse): void {
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      return void this.mismatches.push(`${where}: ${String(response.getHeader('content-type'))} that is not JSON`);
    }
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(
        closed(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')) as object),
      );
      this.validators.set(schema, validate);
    }
    if (!validate(value)) {
      const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map(
          (error) =>
            `${error.instancePath || '/'} ${error.message}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`,
        );
      this.mismatches.push(`${where}: ${problems.join('; ')}`);
    }
  }
}

const isJson = (response: ServerResponse) =>
  /^application\/json\b/.test(String(response.getHeader('content-type') ?? ''));

/**
 * An OpenAPI 3.0 schema as JSON Schema, closed: every object that lists its properties has no
 * others (a field the server sends and the document does not name, a password hash, is a
 * mismatch, not an extra), and a `nullable` reference (which 3.0 writes beside an allOf) takes null.
 */
function closed<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(closed) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([name, property]) => [name, closed(property)]))
        : closed(value),
    ]),
  );
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  if (copy.nullable === true && (!('type' in copy) || 'allOf' in copy || '$ref' in copy)) {
    const { nullable: _nullable, ...rest } = copy;
    return { anyOf: [{ type: 'null' }, rest] } as T;
  }
  return copy as T;
}
