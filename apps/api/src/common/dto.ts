import { applyDecorators, Type } from '@nestjs/common';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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
    @IsInt({ message: 'must be the version of the record as read (a whole number)' })
    @Min(1)
    version: number;
  }
  return VersionedUpdate as Type<Partial<T> & { version: number }>;
}

/** The list query of the contract; each parameter is JSON. */
export class ListQueryDto {
  @ApiProperty({ required: false, example: '["name","ASC"]' }) @IsOptional() @IsString({ message: 'must be given once, as JSON' }) sort?: string;
  @ApiProperty({ required: false, example: '[0,24]' }) @IsOptional() @IsString({ message: 'must be given once, as JSON' }) range?: string;
  @ApiProperty({ required: false, example: '{"q":"科技"}' }) @IsOptional() @IsString({ message: 'must be given once, as JSON' }) filter?: string;
}

const text = (max: number) => [IsString({ message: 'must be text' }), MaxLength(max, { message: `must be at most ${max} characters` })];

/** Text that must be there and not blank. */
export const RequiredText = (max: number) => applyDecorators(...text(max), Matches(/\S/, { message: 'must not be empty' }));
/** Text that may be absent or null (null clears it). */
export const OptionalText = (max: number) => applyDecorators(IsOptional(), ...text(max));
export const RequiredId = () => applyDecorators(IsInt({ message: 'must be an id' }), Min(1, { message: 'must be an id' }));
export const OptionalId = () => applyDecorators(IsOptional(), IsInt({ message: 'must be an id' }), Min(1, { message: 'must be an id' }));
export const OneOf = (values: readonly string[]) => applyDecorators(IsIn(values, { message: `must be one of: ${values.join(', ')}` }), ApiProperty({ enum: values }));
export const OptionalOneOf = (values: readonly string[]) =>
  applyDecorators(IsOptional(), IsIn(values, { message: `must be one of: ${values.join(', ')}` }), ApiProperty({ enum: values, required: false, nullable: true }));
export const OptionalCount = (max = 1_000_000) =>
  applyDecorators(IsOptional(), IsInt({ message: 'must be a whole number' }), Min(0, { message: 'must not be negative' }), Max(max, { message: `must be at most ${max}` }));
/** An amount of money in CNY, not negative. */
export const OptionalAmount = () =>
  applyDecorators(
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be an amount in CNY' }),
    Min(0, { message: 'must not be negative' }),
    Max(1e12, { message: 'must be at most 1e12' }),
    ApiProperty({ type: Number, required: false, nullable: true }),
  );
export const IdList = (max = 500) =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: 'must be a list of ids' }),
    ArrayMaxSize(max, { message: `must have at most ${max} ids` }),
    IsInt({ each: true, message: 'must hold only ids' }),
    Min(1, { each: true, message: 'must hold only ids' }),
    ApiProperty({ type: [Number], required: false }),
  );
export const TextList = (maxItems: number, maxLength: number) =>
  applyDecorators(
    IsOptional(),
    IsArray({ message: 'must be a list of texts' }),
    ArrayMaxSize(maxItems, { message: `must have at most ${maxItems} entries` }),
    IsString({ each: true, message: 'must hold only texts' }),
    MaxLength(maxLength, { each: true, message: `must hold texts of at most ${maxLength} characters` }),
    ApiProperty({ type: [String], required: false }),
  );
