import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiError } from '@crm/domain';

const STATUS_SENTENCES: Record<number, string> = {
  400: 'The request is not valid.',
  401: 'You need to log in.',
  403: 'You are not allowed to do this.',
  404: 'Nothing was found at this address.',
  405: 'This method is not allowed here.',
  409: 'This conflicts with what is stored.',
  413: 'The request is too large.',
  415: 'The request must be JSON.',
  429: 'Too many requests; try again shortly.',
};

/** Which constraint a database error broke, for SQLite (better-sqlite3) and PostgreSQL alike. */
function constraintKind(error: unknown): 'unique' | 'foreign_key' | 'check' | 'not_null' | null {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  const value = String(driverError?.code ?? code ?? '');
  if (value === 'SQLITE_CONSTRAINT_UNIQUE' || value === 'SQLITE_CONSTRAINT_PRIMARYKEY' || value === '23505') return 'unique';
  if (value === 'SQLITE_CONSTRAINT_FOREIGNKEY' || value === '23503') return 'foreign_key';
  if (value === 'SQLITE_CONSTRAINT_CHECK' || value === '23514') return 'check';
  if (value === 'SQLITE_CONSTRAINT_NOTNULL' || value === '23502') return 'not_null';
  return null;
}

/** Turns every error into the contract's shape; nothing of a stack trace or of SQL reaches the client. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(error);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ApiError {
    if (error instanceof HttpException) {
      const statusCode = error.getStatus();
      const answer = error.getResponse();
      if (typeof answer === 'object' && answer !== null) {
        const { message, errors, current, existing } = answer as ApiError;
        const sentence = typeof message === 'string' ? message : Array.isArray(message) ? String((message as unknown[])[0]) : undefined;
        return {
          statusCode,
          message: this.sentence(sentence, statusCode),
          ...(errors ? { errors } : {}),
          ...(current !== undefined ? { current } : {}),
          ...(existing !== undefined ? { existing } : {}),
        };
      }
      return { statusCode, message: this.sentence(typeof answer === 'string' ? answer : undefined, statusCode) };
    }
    switch (constraintKind(error)) {
      case 'unique':
        return { statusCode: 409, message: 'A record with the same unique value already exists.' };
      case 'foreign_key':
        return { statusCode: 409, message: 'This refers to a record that does not exist, or is still referred to by others.' };
      case 'check':
      case 'not_null':
        return { statusCode: 400, message: 'A required value is missing or not allowed.' };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Something went wrong on the server; the error has been logged.' };
  }

  private sentence(message: string | undefined, statusCode: number): string {
    if (message && !/^(Bad Request|Not Found|Unauthorized|Forbidden|Conflict)( Exception)?$/i.test(message) && !message.startsWith('Cannot ')) {
      return message;
    }
    return STATUS_SENTENCES[statusCode] ?? 'The request could not be completed.';
  }
}

/**
 * Express's body parser fails before Nest routes the request, and Nest would hand on the parser's
 * own text ("Expected property name or '}' in JSON at position 1"). Registered right after the
 * parser, this turns its errors into exceptions in the contract's words, which ErrorFilter answers.
 */
export function bodyParserErrors(error: unknown, _request: unknown, _response: unknown, next: (error: unknown) => void): void {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (type === 'entity.parse.failed') return next(new BadRequestException({ message: 'The request body is not valid JSON.' }));
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return next(new HttpException({ message: STATUS_SENTENCES[status] ?? 'The request is not valid.' }, status));
  }
  next(error);
}
