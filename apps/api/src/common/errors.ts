import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

/** The contract's error body: one readable sentence, and what is wrong per field where there is a field. */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
  /** With a 409 on a stale version: the record as it is now, so the client can show or reload it. */
  current?: unknown;
}

export function fieldErrors(errors: Record<string, string>, message?: string): BadRequestException {
  const fields = Object.keys(errors);
  return new BadRequestException({
    message: message ?? (fields.length === 1 ? `The field "${fields[0]}" ${errors[fields[0]]}.` : `${fields.length} fields are not valid: ${fields.join(', ')}.`),
    errors,
  });
}

export function notFound(resource: string, id: number | string): NotFoundException {
  return new NotFoundException({ message: `There is no ${resource} with id ${id}.` });
}

export function conflict(message: string, extra: Omit<ErrorBody, 'statusCode' | 'message'> = {}): ConflictException {
  return new ConflictException({ message, ...extra });
}
