import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ApiError } from '@crm/domain';
import { Message, msg, SectionKey } from './i18n';

/**
 * The exceptions of the contract's error shape. Messages are catalogue keys with parameters
 * (common/i18n); the error filter renders them in the caller's language.
 */
export type FieldProblems = Record<string, Message>;

/** A noun of the `nouns` section (enterprise, staffMember…), used in sentences about a record. */
export type RecordNoun = SectionKey<'nouns'>;

export function fieldErrors(errors: FieldProblems, message?: Message): BadRequestException {
  const fields = Object.keys(errors);
  return new BadRequestException({
    message:
      message ??
      (fields.length === 1
        ? msg('validation.field', { field: fields[0], problem: errors[fields[0]] })
        : msg('validation.fields', { count: fields.length, fields: fields.join(', ') })),
    errors,
  });
}

export function notFound(
  noun: RecordNoun,
  id: number | string,
  options: { deleted?: boolean } = {},
): NotFoundException {
  return new NotFoundException({
    message: msg(options.deleted ? 'records.notFoundDeleted' : 'records.notFound', { noun: msg(`nouns.${noun}`), id }),
  });
}

export function conflict(
  message: Message,
  extra: Omit<ApiError, 'statusCode' | 'message' | 'errors' | 'current'> & {
    errors?: FieldProblems;
    current?: object;
  } = {},
): ConflictException {
  return new ConflictException({ message, ...extra });
}

/** A refusal by the permission table: 403, nothing changed. */
export function forbidden(message: Message, errors?: FieldProblems): ForbiddenException {
  return new ForbiddenException({ message, ...(errors ? { errors } : {}) });
}
