import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ContactSchema } from '../contacts/contact.schema';
import { EnterpriseSchema } from '../enterprises/enterprise.schema';
import type { ContactSummary, EnterpriseSummary } from './duplicates.service';

const REASON = { type: 'string', enum: ['uscc', 'name', 'alias', 'phone', 'email'], description: 'What the two share.' } as const;

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
  @ApiProperty({ type: 'string', format: 'date-time' })
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
  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;
}

@ApiSchema({ name: 'EnterprisePair' })
export class EnterprisePairSchema {
  @ApiProperty({ type: 'string', example: '12-34', description: 'The two ids, the newer first.' })
  id!: string;
  @ApiProperty(REASON)
  reason!: string;
  @ApiProperty({ type: () => EnterpriseSummarySchema, isArray: true, minItems: 2, maxItems: 2, description: 'The newer, then the older.' })
  records!: [EnterpriseSummary, EnterpriseSummary];
}

@ApiSchema({ name: 'ContactPair' })
export class ContactPairSchema {
  @ApiProperty({ type: 'string', example: '12-34', description: 'The two ids, the newer first.' })
  id!: string;
  @ApiProperty(REASON)
  reason!: string;
  @ApiProperty({ type: () => ContactSummarySchema, isArray: true, minItems: 2, maxItems: 2, description: 'The newer, then the older.' })
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

const MOVED = { type: 'object', additionalProperties: { type: 'integer' }, description: 'What moved to the survivor, per kind of record.' } as const;

@ApiSchema({ name: 'EnterpriseMerge' })
export class EnterpriseMergeSchema {
  @ApiProperty({ type: () => EnterpriseSchema })
  survivor!: EnterpriseSchema;
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
