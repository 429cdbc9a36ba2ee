import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ApiError } from '@crm/domain';

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

export function conflict(message: string, extra: Omit<ApiError, 'statusCode' | 'message'> = {}): ConflictException {
  return new ConflictException({ message, ...extra });
}

/** A refusal by the permission table: 403, nothing changed. */
export function forbidden(message: string, errors?: Record<string, string>): ForbiddenException {
  return new ForbiddenException({ message, ...(errors ? { errors } : {}) });
}
