import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { bodyParserErrors } from './error.filter';
import { fieldErrors, FieldProblems } from './errors';
import { msg } from './i18n';

/** The largest JSON body the API reads; a 28-enterprise meeting with long minutes is far below it. */
export const BODY_LIMIT = '2mb';
/** Deeper than any body of the contract (a meeting's lists are two levels): deeper is an attack on the validators' recursion. */
export const MAX_BODY_DEPTH = 16;

/**
 * U+0000 and the other C0 controls but tab, line feed and carriage return, DEL, and the bidi
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that make "txt.exe" read as
 * "exe.txt". Refused in every text of every body, names and free text alike, rather than stripped:
 * nothing is stored other than as sent.
 */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const BODY_PROBLEM = Symbol('bodyProblem');
type Checked = Request & { [BODY_PROBLEM]?: unknown };

/**
 * What a body must be before any route sees it: plain (not compressed) UTF-8 JSON of at most
 * BODY_LIMIT, nested at most MAX_BODY_DEPTH deep, with numbers a double represents exactly and
 * no control characters. Each refusal is a 4xx in the contract's shape.
 *
 * A refusal is not handed to Express's error chain: there the dashboard's static-file module
 * turns every error on an /api path into a 404. It is kept on the request and thrown by the
 * guard (`refuseBadBody`), inside Nest, where the error filter answers it.
 */
export function installRequestGuards(app: NestExpressApplication): void {
  app.use(refuseEncodedOrForeignBodies);
  // inflate off: a compressed body is refused above, never unpacked (a small gzip can unpack to gigabytes)
  app.useBodyParser('json', { limit: BODY_LIMIT, inflate: false });
  app.use((error: unknown, request: Checked, response: Response, next: NextFunction) =>
    bodyParserErrors(error, request, response, (refusal) => {
      request[BODY_PROBLEM] = refusal;
      next();
    }),
  );
  app.use(checkBodyContents);
}

/** Throws the refusal the body earned, if any; called first by the global guard. */
export function refuseBadBody(request: Request): void {
  const problem = (request as Checked)[BODY_PROBLEM];
  if (problem) throw problem;
}

function refuseEncodedOrForeignBodies(request: Checked, _response: Response, next: NextFunction): void {
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    request[BODY_PROBLEM] = new UnsupportedMediaTypeException({
      message: msg('security.compressedBody', { encoding: encoding.slice(0, 20) }),
    });
    // unread: the parser must not unpack it
    request.headers['content-length'] = '0';
    delete request.headers['content-encoding'];
    delete request.headers['content-type'];
    return next();
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    request[BODY_PROBLEM] = new UnsupportedMediaTypeException({ message: msg('security.charset') });
    delete request.headers['content-type'];
  }
  next();
}

function checkBodyContents(request: Checked, _response: Response, next: NextFunction): void {
  if (request[BODY_PROBLEM] || request.body === null || typeof request.body !== 'object') return next();
  const found = bodyContentProblems(request.body);
  if (found === 'tooDeep')
    request[BODY_PROBLEM] = new BadRequestException({ message: msg('security.tooDeep', { max: MAX_BODY_DEPTH }) });
  else if (Object.keys(found).length) request[BODY_PROBLEM] = fieldErrors(found);
  next();
}

/**
 * What a body holds that no route accepts, by field: control characters in a text or a key, numbers
 * a double does not represent exactly; 'tooDeep' past MAX_BODY_DEPTH. The request guard asks it of
 * every JSON body, the write pipeline of every body that comes another way (an imported row).
 */
export function bodyContentProblems(body: object): FieldProblems | 'tooDeep' {
  // iterative, so that the check itself cannot overflow the stack it protects
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  const errors: FieldProblems = {};
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (CONTROL_CHARACTERS.test(value)) errors[path || 'body'] = msg('security.controlCharacters');
    } else if (typeof value === 'number') {
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) errors[path || 'body'] = msg('security.outOfRange');
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      if (depth >= MAX_BODY_DEPTH) return 'tooDeep';
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (CONTROL_CHARACTERS.test(key)) errors[childPath] = msg('security.controlCharacters');
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return errors;
}
