import {
  applyDecorators,
  ArgumentMetadata,
  BadRequestException,
  Type,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsInt,
  IsOptional,
  Min,
  registerDecorator,
  validateSync,
  ValidationOptions,
} from 'class-validator';
import {
  isAcademicYear,
  isDateOnly,
  isIsoDateTime,
  isLocale,
  normaliseUscc,
  usccProblem,
  UsccProblem,
} from '@crm/domain';
import { ListQueryDto } from './dto';
import { fieldErrors, FieldProblems } from './errors';
import { decodeMessage, encodeMessage, Message, MessageKey, msg, withMessage } from './i18n';

const TYPE_CHECKS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray']);

/** For a decorator written without a catalogue message: what its rule means, in the catalogue's words. */
const RULE_MESSAGES: Record<string, MessageKey> = {
  isString: 'validation.text',
  isInt: 'validation.wholeNumber',
  isNumber: 'validation.number',
  isBoolean: 'validation.boolean',
  isArray: 'validation.list',
  isEmail: 'validation.email',
  isNotEmpty: 'validation.notEmpty',
  min: 'validation.notNegative',
};

/** Flattens class-validator's tree into { "field": problem } (nested as "topics.0"). */
function flatten(errors: ValidationError[], prefix = '', into: FieldProblems = {}): FieldProblems {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    if (constraints.whitelistValidation) into[path] = msg('validation.notAField');
    else {
      // A value of the wrong type fails its length and range rules too; say the type, whatever the decorators' order.
      const name = Object.keys(constraints).find((key) => TYPE_CHECKS.has(key)) ?? Object.keys(constraints)[0];
      if (name) into[path] = decodeMessage(constraints[name]) ?? msg(RULE_MESSAGES[name] ?? 'validation.invalid');
    }
    if (error.children?.length) flatten(error.children, path, into);
  }
  return into;
}

const LIST_QUERY_KEYS = new Set(['sort', 'range', 'filter']);

/** A body is one JSON object: an array is refused as a whole, not as fields named "0", "1", … */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value))
      throw new BadRequestException({ message: msg('http.bodyNotObject') });
    // `locale` may ride on any address (a download link says the app's language with it: requestLocale reads it), so a query's DTO
    // that does not ask for it (as the news draft does) never sees it
    if (
      metadata.type === 'query' &&
      value &&
      typeof value === 'object' &&
      isLocale((value as Record<string, unknown>).locale) &&
      !declaresLocale(metadata.metatype)
    ) {
      const { locale: _locale, ...rest } = value as Record<string, unknown>;
      value = rest;
    }
    // Every list request: a well-formed query string is what class-validator would let through, as
    // the same object, for a fraction of the cost; anything else gets the full check and its messages.
    if (metadata.metatype === ListQueryDto && isPlainListQuery(value)) return Object.assign(new ListQueryDto(), value);
    return super.transform(value, metadata);
  }
}

function declaresLocale(metatype: ArgumentMetadata['metatype']): boolean {
  if (!metatype) return false;
  return getMetadataStorage()
    .getTargetValidationMetadatas(metatype, '', true, false)
    .some((rule) => rule.propertyName === 'locale');
}

function isPlainListQuery(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    Object.entries(value).every(([key, given]) => LIST_QUERY_KEYS.has(key) && typeof given === 'string')
  );
}

const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/** The one validation pipe, registered as APP_PIPE so tests get what production gets. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => fieldErrors(flatten(errors)),
  });
}

/**
 * class-validator looks a class's rules up anew on every validation, testing the class against every
 * decorated class of the app for inheritance: a 50,000-row import spent more time in that lookup
 * than in the rules. Its answer changes only when a rule is registered (as classes are decorated,
 * at start-up), so it is kept per class and options until then.
 */
type RuleLookup = (
  target: unknown,
  schema: unknown,
  always: unknown,
  strictGroups: unknown,
  groups?: string[],
) => unknown;
function keepRuleLookups(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: RuleLookup;
    addValidationMetadata: (metadata: unknown) => void;
  };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new Map<unknown, Map<string, unknown>>();
  storage.addValidationMetadata = (metadata) => {
    kept = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${String(schema)}|${String(always)}|${String(strictGroups)}|${groups?.join(',') ?? ''}`;
    const ofTarget = kept.get(target) ?? new Map<string, unknown>();
    kept.set(target, ofTarget);
    if (!ofTarget.has(key)) ofTarget.set(key, lookup(target, schema, always, strictGroups, groups));
    return ofTarget.get(key);
  };
}
keepRuleLookups();

/**
 * A body checked against its DTO class as the pipe checks a request's, for a body that arrives
 * another way (an imported row, a merge): the problems by field, in the pipe's words, or null.
 */
export function dtoProblems(type: Type<object>, body: object): FieldProblems | null {
  const errors = validateSync(plainToInstance(type, body, { enableImplicitConversion: false }), VALIDATOR_OPTIONS);
  return errors.length ? flatten(errors) : null;
}

function rule(name: string, test: (value: unknown) => Message | null, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => test(value) === null,
        defaultMessage: (args) => encodeMessage(test(args?.value) ?? msg('validation.invalid')),
      },
    });
}

export const IsDateOnly = (options?: ValidationOptions) =>
  rule('isDateOnly', (v) => (isDateOnly(v) ? null : msg('validation.dateOnly')), options);

export const IsIsoDateTime = (options?: ValidationOptions) =>
  rule('isIsoDateTime', (v) => (isIsoDateTime(v) ? null : msg('validation.isoDateTime')), options);

/** The catalogue message of each way a USCC can be wrong. */
export const USCC_PROBLEMS: Record<UsccProblem, MessageKey> = {
  length: 'validation.usccLength',
  characters: 'validation.usccCharacters',
  check: 'validation.usccCheck',
};

export const IsUscc = (options?: ValidationOptions) =>
  rule(
    'isUscc',
    (v) => {
      if (typeof v !== 'string') return msg('validation.text');
      const problem = usccProblem(normaliseUscc(v));
      return problem ? msg(USCC_PROBLEMS[problem]) : null;
    },
    options,
  );

export const IsAcademicYearText = (options?: ValidationOptions) =>
  rule('isAcademicYear', (v) => (isAcademicYear(v) ? null : msg('validation.academicYear')), options);

/** Ids in a query string arrive as text; a whole number is read as one, anything else fails the check. */
export const QueryId = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
    IsOptional(),
    IsInt(withMessage('validation.id')),
    Min(1, withMessage('validation.id')),
    ApiProperty({ required: false, type: Number }),
  );
