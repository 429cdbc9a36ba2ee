import {
  CallHandler,
  DynamicModule,
  ExecutionContext,
  ForwardReference,
  Injectable,
  NestInterceptor,
  RequestMethod,
  StreamableFile,
  Type,
  UnprocessableEntityException,
} from '@nestjs/common';
import { HTTP_CODE_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, MODULE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { WriteQueue } from '../database/write-queue';
import type { Actor } from './actor';
import { Clock } from './clock';
import { constraintKind } from './error.filter';
import { conflict, fieldErrors } from './errors';
import { msg } from './i18n';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a key answers its first answer (at least the 24 hours a phone may stay offline). */
export const KEPT_HOURS = 24;
const HEADER = 'Idempotency-Key';
const MAX_KEY = 200;

/** JSON with the keys of every object in order, so a body sent again with its fields reordered is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What makes two requests the same: method, path and body. A multipart upload is read only by its
 * route's own interceptor, after this one, so it is told apart by its type and length instead.
 */
function fingerprintOf(request: Request): string {
  const type = String(request.headers['content-type'] ?? '');
  const body = type.startsWith('multipart/')
    ? `multipart:${request.headers['content-length'] ?? ''}`
    : canonical(request.body ?? null);
  return createHash('sha256').update(`${request.method} ${request.originalUrl}\n${body}`).digest('hex');
}

/**
 * Honours `Idempotency-Key` on every POST of a logged-in account: the first request with a key
 * claims it (a row committed before the work starts), its answer is stored with it, and the same
 * key again answers that answer (same status, same record) without creating anything. The same key
 * with another request is a 422; while the first is still being answered, a 409 (retry for the
 * answer). A refused first request releases its key, so the phone may send it again. Keys are the
 * account's own and live in the database, so instances behind a load balancer share them.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = request.headers[HEADER.toLowerCase()];
    if (request.method !== 'POST' || header === undefined || !request.actor) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > MAX_KEY) throw fieldErrors({ [HEADER]: msg('campaign.keyTooLong') });
    const staffId = request.actor.id;
    const fingerprint = fingerprintOf(request);
    const earlier = await this.claim(staffId, key, fingerprint);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint)
        throw new UnprocessableEntityException({
          message: msg('campaign.keyReused'),
          errors: { [HEADER]: msg('campaign.keyReused') },
        });
      if (earlier.status === null) throw conflict(msg('campaign.keyInFlight'));
      const response = context.switchToHttp().getResponse<Response>();
      response.setHeader('Idempotent-Replayed', 'true');
      return of(earlier.answer === null ? undefined : JSON.parse(earlier.answer));
    }
    // the status Nest answers the route with, which it sets only after this interceptor
    const status: number = this.reflector.get(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    return next.handle().pipe(
      mergeMap((answer) => from(this.settle(staffId, key, status, answer).then(() => answer))),
      catchError((error) => from(this.release(staffId, key).then(() => Promise.reject(error)))),
    );
  }

  /** The row of an earlier request with this key, or null when this request has just claimed it. */
  private async claim(staffId: number, key: string, fingerprint: string): Promise<IdempotencyKey | null> {
    const now = this.clock.now();
    try {
      return await this.writes.transaction(async (manager) => {
        // eslint-disable-next-line no-restricted-syntax -- an idempotency key is bookkeeping of a request, not a record
        await manager.delete(IdempotencyKey, { createdAt: LessThan(new Date(now.getTime() - KEPT_HOURS * 3600_000)) });
        const found = await manager.findOne(IdempotencyKey, { where: { staffId, key } });
        if (found) return found;
        // eslint-disable-next-line no-restricted-syntax -- an idempotency key is bookkeeping of a request, not a record
        await manager.insert(IdempotencyKey, { staffId, key, fingerprint, status: null, answer: null, createdAt: now });
        return null;
      });
    } catch (error) {
      // another instance (or connection) claimed the key between our read and our insert: its row answers
      if (constraintKind(error) !== 'unique') throw error;
      return this.dataSource.manager.findOneOrFail(IdempotencyKey, { where: { staffId, key } });
    }
  }

  private async settle(staffId: number, key: string, status: number, answer: unknown): Promise<void> {
    // a file streamed back cannot be stored to answer again: such a request stays repeatable
    if (answer instanceof StreamableFile) return this.release(staffId, key);
    await this.writes.transaction((manager) =>
      // eslint-disable-next-line no-restricted-syntax -- an idempotency key is bookkeeping of a request, not a record
      manager.update(
        IdempotencyKey,
        { staffId, key },
        { status, answer: answer === undefined ? null : JSON.stringify(answer) },
      ),
    );
  }

  private async release(staffId: number, key: string): Promise<void> {
    // eslint-disable-next-line no-restricted-syntax -- an idempotency key is bookkeeping of a request, not a record
    await this.writes.transaction((manager) => manager.delete(IdempotencyKey, { staffId, key, status: IsNull() }));
  }
}

type ModuleImport = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * Puts the interceptor first on every POST route of these modules and of the modules they import,
 * instead of registering it as an APP_INTERCEPTOR: with any global interceptor at all, Nest runs
 * every request, each GET too, through its interceptor chain (rxjs defer and mergeAll, two
 * AsyncResource binds), which cost a point read about 5 % of its CPU, and only a POST can carry a
 * key. Called before Nest scans the modules, which then provides the interceptor to each of them.
 */
export function interceptEveryPost(modules: ModuleImport[], interceptor: Type<NestInterceptor>): void {
  const seen = new Set<unknown>();
  const visit = (entry: ModuleImport | undefined): void => {
    if (!entry || entry instanceof Promise) return;
    const declared = 'forwardRef' in entry ? entry.forwardRef() : entry;
    if (seen.has(declared)) return;
    seen.add(declared);
    const dynamic = 'module' in declared ? declared : undefined;
    const module = dynamic?.module ?? (declared as Type<unknown>);
    const metadata = (key: string): unknown[] => Reflect.getMetadata(key, module) ?? [];
    for (const controller of [...metadata(MODULE_METADATA.CONTROLLERS), ...(dynamic?.controllers ?? [])])
      interceptPosts(controller as Type<unknown>, interceptor);
    for (const imported of [...metadata(MODULE_METADATA.IMPORTS), ...(dynamic?.imports ?? [])])
      visit(imported as ModuleImport);
  };
  for (const module of modules) visit(module);
}

function interceptPosts(controller: Type<unknown>, interceptor: Type<NestInterceptor>): void {
  // up the prototype chain, as Nest looks for routes: CrudController's routes are a base class's
  for (let prototype = controller.prototype; prototype && prototype !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
      if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST)
        continue;
      const own: unknown[] = Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
      // before the route's own interceptors (a multipart upload's), as a global one ran; once, however often the app is built
      if (!own.includes(interceptor)) Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...own], handler);
    }
    prototype = Object.getPrototypeOf(prototype);
  }
}
