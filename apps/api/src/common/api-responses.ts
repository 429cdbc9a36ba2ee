import { applyDecorators } from '@nestjs/common';
import { ApiDefaultResponse, ApiProperty, ApiResponse, ApiSchema } from '@nestjs/swagger';

/**
 * The contract's error body (what ErrorFilter sends for every error): one readable sentence in the
 * caller's language, and what is wrong per field where there is a field.
 */
@ApiSchema({ name: 'ApiError' })
export class ApiErrorSchema {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;
  @ApiProperty({ type: 'string', example: '请检查标出的字段。' })
  message!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    selfRequired: false,
    description: 'What is wrong, per field.',
  })
  errors?: Record<string, string>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    selfRequired: false,
    description: 'With a 409 on a stale version: the record as it is now.',
  })
  current?: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    required: ['resource', 'id', 'name'],
    properties: { resource: { type: 'string' }, id: { type: 'integer' }, name: { type: 'string' } },
    selfRequired: false,
    description: 'With a 409 on a unique value (a USCC), the record that already has it, for the client to link to.',
  })
  existing?: { resource: string; id: number; name: string };
  @ApiProperty({
    type: 'integer',
    required: false,
    description:
      'With a bulk write refused (an import’s commit), the row of the sheet that was refused: nothing of the write is kept.',
  })
  row?: number;
  @ApiProperty({
    type: 'boolean',
    enum: [true],
    required: false,
    description: 'With a 403 to an account whose password someone else chose: nothing answers until it is changed.',
  })
  mustChangePassword?: true;
}

/** What each common refusal means, in the document's words. */
const REFUSALS = {
  400: 'Bad input: the body, a query parameter or a path parameter; `errors` names each field.',
  401: 'No valid session: log in first.',
  403: 'The role may not do this (the permission table), or a row rule refuses the record.',
  404: 'No such record (or it is in the trash).',
  409: 'A conflict: a stale `version` (with `current`), a unique value taken (with `existing`), or records that still point at this one.',
  429: 'Too many requests from this address or account; try again later.',
} as const;
export type Refusal = keyof typeof REFUSALS;

/** The refusals any route of an account may answer. */
const SIGNED_IN: Refusal[] = [400, 401, 403, 404, 409, 429];

/**
 * The contract's error answers of a controller or a route, declared once: each common 4xx with the
 * error body, and the error body as the default answer (413, 415, 410, a 500 also take that shape).
 * On a controller it covers every route; public routes name the ones they can answer.
 */
export function ApiErrorResponses(...statuses: Refusal[]) {
  return applyDecorators(
    ...(statuses.length ? statuses : SIGNED_IN).map((status) =>
      ApiResponse({ status, type: ApiErrorSchema, description: REFUSALS[status] }),
    ),
    ApiDefaultResponse({ type: ApiErrorSchema, description: 'Any other error, in the same shape.' }),
  );
}

/** The answer of an action that has nothing else to say. */
@ApiSchema({ name: 'Done' })
export class DoneSchema {
  @ApiProperty({ type: 'boolean', enum: [true] })
  ok!: true;
}
