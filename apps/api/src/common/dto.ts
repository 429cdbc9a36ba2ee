import { applyDecorators, Type } from '@nestjs/common';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { withMessage } from './i18n';

/**
 * A field the API returns but a client never writes (bookkeeping, derived values). The stock
 * react-admin provider sends back the whole record it read, so these are accepted and ignored;
 * any other unknown field is refused.
 */
export const ReadOnly = () => applyDecorators(Allow(), IsOptional(), ApiProperty({ readOnly: true, required: false }));

/** Bookkeeping every record carries; create and update bodies may echo it. */
export class RecordBody {
  @ReadOnly() id?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
  @ReadOnly() deletedAt?: unknown;
}

/** An update: any field of the create body, and the version the client read (optimistic locking). */
export function UpdateBody<T>(create: Type<T>) {
  const Optional = PartialType(create) as Type<object>;
  class VersionedUpdate extends Optional {
    @ApiProperty({ description: 'The version read; a stale one is refused with 409 and the current record.' })
    @IsInt(withMessage('validation.version'))
    @Min(1, withMessage('validation.version'))
    version: number;
  }
  return VersionedUpdate as Type<Partial<T> & { version: number }>;
}

/** The list query of the contract; each parameter is JSON. */
export class ListQueryDto {
  @ApiProperty({ required: false, example: '["name","ASC"]' })
  @IsOptional()
  @IsString(withMessage('validation.jsonOnce'))
  sort?: string;
  @ApiProperty({ required: false, example: '[0,24]' })
  @IsOptional()
  @IsString(withMessage('validation.jsonOnce'))
  range?: string;
  @ApiProperty({ required: false, example: '{"q":"科技"}' })
  @IsOptional()
  @IsString(withMessage('validation.jsonOnce'))
  filter?: string;
}

const text = (max: number) => [
  IsString(withMessage('validation.text')),
  MaxLength(max, withMessage('validation.maxLength', { max })),
];

/** Text that must be there and not blank. */
export const RequiredText = (max: number) =>
  applyDecorators(...text(max), Matches(/\S/, withMessage('validation.notEmpty')));
/** Text that may be absent or null (null clears it). */
export const OptionalText = (max: number) => applyDecorators(IsOptional(), ...text(max));
export const RequiredId = () =>
  applyDecorators(IsInt(withMessage('validation.id')), Min(1, withMessage('validation.id')));
export const OptionalId = () =>
  applyDecorators(IsOptional(), IsInt(withMessage('validation.id')), Min(1, withMessage('validation.id')));
export const OneOf = (values: readonly string[]) =>
  applyDecorators(
    IsIn(values, withMessage('validation.oneOf', { values: values.join(', ') })),
    ApiProperty({ enum: values }),
  );
export const OptionalOneOf = (values: readonly string[]) =>
  applyDecorators(
    IsOptional(),
    IsIn(values, withMessage('validation.oneOf', { values: values.join(', ') })),
    ApiProperty({ enum: values, required: false, nullable: true }),
  );
export const OptionalCount = (max = 1_000_000) =>
  applyDecorators(
    IsOptional(),
    IsInt(withMessage('validation.wholeNumber')),
    Min(0, withMessage('validation.notNegative')),
    Max(max, withMessage('validation.atMost', { max })),
  );
/** An amount of money in CNY, not negative. */
export const OptionalAmount = () =>
  applyDecorators(
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, withMessage('validation.amount')),
    Min(0, withMessage('validation.notNegative')),
    Max(1e12, withMessage('validation.atMost', { max: 1e12 })),
    ApiProperty({ type: Number, required: false, nullable: true }),
  );
export const IdList = (max = 500) =>
  applyDecorators(
    IsOptional(),
    IsArray(withMessage('validation.idList')),
    ArrayMaxSize(max, withMessage('validation.idListMax', { max })),
    IsInt({ each: true, ...withMessage('validation.onlyIds') }),
    Min(1, { each: true, ...withMessage('validation.onlyIds') }),
    ApiProperty({ type: [Number], required: false }),
  );
export const TextList = (maxItems: number, maxLength: number) =>
  applyDecorators(
    IsOptional(),
    IsArray(withMessage('validation.textList')),
    ArrayMaxSize(maxItems, withMessage('validation.textListMax', { max: maxItems })),
    IsString({ each: true, ...withMessage('validation.onlyTexts') }),
    MaxLength(maxLength, { each: true, ...withMessage('validation.textListItemMax', { max: maxLength }) }),
    ApiProperty({ type: [String], required: false }),
  );
