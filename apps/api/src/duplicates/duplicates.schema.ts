import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { ContactSchema } from '../contacts/contact.schema';
import { EnterpriseSchema } from '../enterprises/enterprise.schema';
import type { ContactSummary, EnterpriseSummary } from './duplicates.service';

const REASON = {
  type: 'string',
  enum: ['uscc', 'name', 'alias', 'phone', 'email'],
  description: 'What the two share.',
} as const;

/** An enterprise as the duplicates list shows it. */
@ApiSchema({ name: 'EnterpriseSummary' })
export class EnterpriseSummarySchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'string', nullable: true })
  uscc!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  aliases!: string[];
  @ApiProperty({ type: 'string', nullable: true })
  city!: string | null;
  @ApiProperty({
    type: 'string',
    description: 'As the database gives it (on SQLite `2024-09-01 10:00:00`, not ISO 8601).',
  })
  createdAt!: string;
}

/** A contact as the duplicates list shows it. */
@ApiSchema({ name: 'ContactSummary' })
export class ContactSummarySchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  enterpriseId!: number | null;
  @ApiProperty({ type: 'integer', nullable: true })
  chamberId!: number | null;
  @ApiProperty({ type: 'string', nullable: true })
  phone!: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  email!: string | null;
  @ApiProperty({
    type: 'string',
    description: 'As the database gives it (on SQLite `2024-09-01 10:00:00`, not ISO 8601).',
  })
  createdAt!: string;
}

@ApiSchema({ name: 'EnterprisePair' })
export class EnterprisePairSchema {
  @ApiProperty({ type: 'string', example: '12-34', description: 'The two ids, the newer first.' })
  id!: string;
  @ApiProperty(REASON)
  reason!: string;
  @ApiProperty({
    type: () => EnterpriseSummarySchema,
    isArray: true,
    minItems: 2,
    maxItems: 2,
    description: 'The newer, then the older.',
  })
  records!: [EnterpriseSummary, EnterpriseSummary];
}

@ApiSchema({ name: 'ContactPair' })
export class ContactPairSchema {
  @ApiProperty({ type: 'string', example: '12-34', description: 'The two ids, the newer first.' })
  id!: string;
  @ApiProperty(REASON)
  reason!: string;
  @ApiProperty({
    type: () => ContactSummarySchema,
    isArray: true,
    minItems: 2,
    maxItems: 2,
    description: 'The newer, then the older.',
  })
  records!: [ContactSummary, ContactSummary];
}

@ApiSchema({ name: 'SimilarEnterprise' })
export class SimilarEnterpriseSchema extends EnterpriseSummarySchema {
  @ApiProperty(REASON)
  reason!: string;
}

@ApiSchema({ name: 'SimilarContact' })
export class SimilarContactSchema extends ContactSummarySchema {
  @ApiProperty(REASON)
  reason!: string;
}

const MOVED = {
  type: 'object',
  selfRequired: true,
  additionalProperties: { type: 'integer' },
  description: 'What moved to the survivor, per kind of record.',
} as const;

/** The survivor of a merge as stored: without the health signal the lists work out. */
@ApiSchema({ name: 'MergedEnterprise' })
export class MergedEnterpriseSchema extends OmitType(EnterpriseSchema, ['health'] as const) {}

@ApiSchema({ name: 'EnterpriseMerge' })
export class EnterpriseMergeSchema {
  @ApiProperty({ type: () => MergedEnterpriseSchema })
  survivor!: MergedEnterpriseSchema;
  @ApiProperty(MOVED)
  moved!: Record<string, number>;
}

@ApiSchema({ name: 'ContactMerge' })
export class ContactMergeSchema {
  @ApiProperty({ type: () => ContactSchema })
  survivor!: ContactSchema;
  @ApiProperty(MOVED)
  moved!: Record<string, number>;
}
