import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { WriteQueue } from '../database/write-queue';
import type { Actor } from './actor';
import { AuditService } from './audit.service';
import type { ApiError, Locale } from '@crm/domain';
import { isMessage, Message, MessageKey, msg, requestLocale, translate } from './i18n';

const STATUS_SENTENCES: Record<number, MessageKey> = {
  400: 'http.badRequest',
  401: 'http.unauthorized',
  403: 'http.forbidden',
  404: 'http.notFound',
  405: 'http.methodNotAllowed',
  409: 'http.conflict',
  413: 'http.tooLarge',
  415: 'http.notJson',
  429: 'http.tooManyRequests',
  503: 'http.unavailable',
};

/** multer's messages (MulterError, as Nest's FileInterceptor hands them on, the field's name after " - "). */
const MULTER_PHRASES =
  /^(File too large|Too many (parts|files|fields)|Field (name|value) too long|Field name (missing|nesting too deep|array index too large)|Invalid field name|Unexpected (file )?field)( - .*)?$/;

/** The error body before it is rendered: messages still keys, so the filter can speak the caller's language. */
export interface PendingError extends Omit<ApiError, 'message' | 'errors' | 'current'> {
  current?: unknown;
  message: Message | string;
  errors?: Record<string, Message | string>;
}

/** An error body with its messages in one locale (what the filter sends; specs read thrown exceptions through it). */
export function renderError(body: PendingError, locale: Locale): ApiError {
  const { message, errors, current, ...rest } = body;
  return {
    ...rest,
    // a record as it is now: an object of the resource's schema, which the error shape leaves open
    ...(current === undefined ? {} : { current: current as ApiError['current'] }),
    message: translate(message, locale),
    ...(errors
      ? {
          errors: Object.fromEntries(
            Object.entries(errors).map(([field, problem]) => [field, translate(problem, locale)]),
          ),
        }
      : {}),
  };
}

/** Which constraint a database error broke, for SQLite (better-sqlite3) and PostgreSQL alike. */
export function constraintKind(
  error: unknown,
): 'unique' | 'foreign_key' | 'check' | 'not_null' | 'out_of_range' | null {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  const value = String(driverError?.code ?? code ?? '');
  if (value === 'SQLITE_CONSTRAINT_UNIQUE' || value === 'SQLITE_CONSTRAINT_PRIMARYKEY' || value === '23505')
    return 'unique';
  if (value === 'SQLITE_CONSTRAINT_FOREIGNKEY' || value === '23503') return 'foreign_key';
  if (value === 'SQLITE_CONSTRAINT_CHECK' || value === '23514') return 'check';
  if (value === 'SQLITE_CONSTRAINT_NOTNULL' || value === '23502') return 'not_null';
  // PostgreSQL's integer columns end at 2³¹−1 (an id or a number beyond it), where SQLite's do not
  if (value === '22003') return 'out_of_range';
  return null;
}

/** Turns every error into the contract's shape; nothing of a stack trace or of SQL reaches the client. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { actor?: Actor }>();
    const body = renderError(this.toBody(error), requestLocale(request));
    if (body.statusCode >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (body.statusCode === 403 || body.statusCode === 429) await this.recordRefusal(request, body.statusCode);
    if (response.headersSent) return;
    // a throttle's refusal says when to come back, for clients that read only headers
    const retryAfter =
      error instanceof HttpException ? (error.getResponse() as { retryAfter?: unknown }).retryAfter : undefined;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  /**
   * A refused (403) or throttled (429) request goes into the audit trail: probing what one may not
   * do, or guessing passwords, leaves a trace under the actor's name, or none when there is none.
   * The answer goes out whether or not the event could be written.
   */
  private async recordRefusal(request: Request & { actor?: Actor }, status: 403 | 429): Promise<void> {
    const path = request.originalUrl.split('?')[0].slice(0, 200);
    const [, , resource = '', id] = path.split('/');
    try {
      await this.writes.transaction((manager) =>
        this.audit.record(manager, {
          actor: request.actor ?? null,
          resource: resource.slice(0, 40),
          recordId: /^\d{1,9}$/.test(id ?? '') ? Number(id) : 0,
          action: status === 403 ? 'refused' : 'throttled',
          before: null,
          after: { method: request.method, path, address: request.ip ?? null },
        }),
      );
    } catch (failure) {
      this.logger.error(`The audit event of a refused request could not be written: ${String(failure)}`);
    }
  }

  private toBody(error: unknown): PendingError {
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      const answer = error.getResponse();
      if (typeof answer === 'object' && answer !== null) {
        const { message, errors, current, existing, row, mustChangePassword } = answer as {
          message?: unknown;
          errors?: Record<string, Message | string>;
          current?: unknown;
          existing?: ApiError['existing'];
          row?: number;
          mustChangePassword?: true;
        };
        const sentence =
          isMessage(message) || typeof message === 'string'
            ? message
            : Array.isArray(message)
              ? String(message[0])
              : undefined;
        return {
          statusCode,
          message: this.sentence(sentence, statusCode),
          ...(errors ? { errors } : {}),
          ...(current !== undefined ? { current } : {}),
          ...(existing !== undefined ? { existing } : {}),
          ...(row !== undefined ? { row } : {}),
          ...(mustChangePassword ? { mustChangePassword } : {}),
        };
      }
      return { statusCode, message: this.sentence(typeof answer === 'string' ? answer : undefined, statusCode) };
    }
    switch (constraintKind(error)) {
      case 'unique':
        return { statusCode: 409, message: msg('http.uniqueTaken') };
      case 'foreign_key':
        return { statusCode: 409, message: msg('http.brokenReference') };
      case 'check':
      case 'not_null':
        return { statusCode: 400, message: msg('http.valueMissing') };
      case 'out_of_range':
        return { statusCode: 400, message: msg('http.badRequest') };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: msg('http.serverError') };
  }

  /** The thrown message, unless it is one of Nest's or Express's own English phrases: then the status's sentence. */
  private sentence(message: Message | string | undefined, statusCode: number): Message | string {
    if (isMessage(message)) return message;
    // busboy's and multer's own phrases for a broken multipart body ("Multipart: Malformed part header", "Unexpected field")
    if (message && (message.startsWith('Multipart: ') || MULTER_PHRASES.test(message)))
      return msg(statusCode === 413 ? 'http.tooLarge' : 'http.malformedUpload');
    if (
      message &&
      !/^(Bad Request|Not Found|Unauthorized|Forbidden|Conflict)( Exception)?$/i.test(message) &&
      !message.startsWith('Cannot ')
    ) {
      return message;
    }
    return msg(STATUS_SENTENCES[statusCode] ?? 'http.failed');
  }
}

/**
 * Express's body parser fails before Nest routes the request, and Nest would hand on the parser's
 * own text ("Expected property name or '}' in JSON at position 1"). Registered right after the
 * parser, this turns its errors into exceptions in the contract's words, which ErrorFilter answers.
 */
export function bodyParserErrors(
  error: unknown,
  _request: unknown,
  _response: unknown,
  next: (error: unknown) => void,
): void {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (type === 'entity.parse.failed') return next(new BadRequestException({ message: msg('http.invalidJson') }));
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return next(new HttpException({ message: msg(STATUS_SENTENCES[status] ?? 'http.badRequest') }, status));
  }
  next(error);
}
