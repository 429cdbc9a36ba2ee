import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { isAcademicYear, isDateOnly, isIsoDateTime, normaliseUscc, usccProblem } from '@crm/domain';
import { ListQueryDto } from './dto';
import { fieldErrors } from './errors';

const TYPE_CHECKS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray']);

/** Flattens class-validator's tree into { "field": "what is wrong" } (nested as "topics.0"). */
function flatten(errors: ValidationError[], prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    if (constraints.whitelistValidation) into[path] = 'is not a field of this resource';
    else {
      // A value of the wrong type fails its length and range rules too; say the type, whatever the decorators' order.
      const name = Object.keys(constraints).find((key) => TYPE_CHECKS.has(key)) ?? Object.keys(constraints)[0];
      if (name) into[path] = constraints[name].replace(new RegExp(`^${error.property} `), '');
    }
    if (error.children?.length) flatten(error.children, path, into);
  }
  return into;
}

const LIST_QUERY_KEYS = new Set(['sort', 'range', 'filter']);

/** A body is one JSON object: an array is refused as a whole, not as fields named "0", "1", … */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value)) throw new BadRequestException({ message: 'The request body must be a JSON object, not a list.' });
    // Every list request: a well-formed query string is what class-validator would let through, as
    // the same object, for a fraction of the cost; anything else gets the full check and its messages.
    if (metadata.metatype === ListQueryDto && isPlainListQuery(value)) return Object.assign(new ListQueryDto(), value);
    return super.transform(value, metadata);
  }
}

function isPlainListQuery(value: unknown): boolean {
  return !!value && typeof value === 'object' && Object.entries(value).every(([key, given]) => LIST_QUERY_KEYS.has(key) && typeof given === 'string');
}

/** The one validation pipe, registered as APP_PIPE so tests get what production gets. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => fieldErrors(flatten(errors)),
  });
}

function rule(name: string, test: (value: unknown) => string | null, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => test(value) === null,
        defaultMessage: (args) => test(args?.value) ?? 'is not valid',
      },
    });
}

export const IsDateOnly = (options?: ValidationOptions) => rule('isDateOnly', (v) => (isDateOnly(v) ? null : 'must be a date as YYYY-MM-DD'), options);

export const IsIsoDateTime = (options?: ValidationOptions) =>
  rule('isIsoDateTime', (v) => (isIsoDateTime(v) ? null : 'must be an ISO 8601 time with its offset, e.g. 2024-03-21T06:00:00Z'), options);

export const IsUscc = (options?: ValidationOptions) =>
  rule('isUscc', (v) => (typeof v !== 'string' ? 'must be text' : usccProblem(normaliseUscc(v))), options);

export const IsAcademicYearText = (options?: ValidationOptions) =>
  rule('isAcademicYear', (v) => (isAcademicYear(v) ? null : 'must be an academic year such as 2023-2024'), options);
