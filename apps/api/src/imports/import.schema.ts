import { ApiProperty, type ApiPropertyOptions, ApiSchema } from '@nestjs/swagger';
import { IMPORT_KINDS, type ImportKind, type SkippedColumn } from './columns';
import type { ImportCounts, PreviewRow } from './import-plan';

const COUNTS: ApiPropertyOptions = {
  type: 'object',
  selfRequired: true,
  required: ['create', 'match', 'invalid'],
  properties: { create: { type: 'integer' }, match: { type: 'integer' }, invalid: { type: 'integer' } },
} as const;

/** A sheet previewed row by row (POST /api/imports/{kind}, GET /api/imports/{id}/preview): nothing but the preview is stored. */
@ApiSchema({ name: 'ImportPreview' })
export class ImportPreviewSchema {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id!: string;
  @ApiProperty({ type: 'string', enum: [...IMPORT_KINDS] })
  kind!: ImportKind;
  @ApiProperty({ type: 'string', format: 'date-time' })
  expiresAt!: string;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['row', 'action', 'values'],
      properties: {
        row: { type: 'integer', description: 'The row number as the spreadsheet shows it.' },
        action: { type: 'string', enum: ['create', 'match', 'invalid'] },
        matchId: { type: 'integer', description: 'The stored record the row is.' },
        matchRow: { type: 'integer', description: 'An earlier row of the same file that is the same record.' },
        matchedBy: { type: 'string', enum: ['uscc', 'name', 'alias', 'phone', 'email', 'file'] },
        errors: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Why the row cannot be imported, per field, in the reader’s language.',
        },
        values: {
          type: 'object',
          additionalProperties: true,
          description: 'What a commit writes: labelled cells as their stored value, the owner as `ownerId`.',
        },
        organisation: {
          type: 'object',
          required: ['resource'],
          properties: {
            resource: { type: 'string', enum: ['enterprises', 'chambers'] },
            id: { type: 'integer' },
            row: { type: 'integer' },
            creates: { type: 'boolean' },
          },
        },
        chamberId: { type: 'integer' },
      },
    },
  })
  rows!: PreviewRow[];
  @ApiProperty(COUNTS)
  counts!: ImportCounts;
  @ApiProperty({
    type: 'array',
    required: false,
    description: 'Headed columns the import leaves out (answered by the upload only).',
    items: {
      type: 'object',
      required: ['header', 'derived'],
      properties: { header: { type: 'string' }, derived: { type: 'boolean' } },
    },
  })
  skippedColumns?: SkippedColumn[];
}

/** What a commit wrote (POST /api/imports/{id}/commit). */
@ApiSchema({ name: 'ImportCommit' })
export class ImportCommitSchema {
  @ApiProperty(COUNTS)
  counts!: ImportCounts;
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    additionalProperties: { type: 'integer' },
    description: 'Records written, per resource.',
  })
  created!: Record<string, number>;
}
