import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { AUDIT_ACTIONS } from '@crm/domain';
import type { AuditAction } from '@crm/domain';

@ApiSchema({ name: 'AuditEvent' })
export class AuditEventSchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'string' })
  at!: string;
  @ApiProperty({ nullable: true, type: 'integer' })
  actorId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  actorName!: string | null;
  /** The actor's username: a display name anyone may choose, a username only its owner has. */
  @ApiProperty({
    nullable: true,
    type: 'string',
    description: 'The actor’s username: a display name anyone may choose, a username only its owner has.',
  })
  actorUsername!: string | null;
  @ApiProperty({ type: 'string' })
  resource!: string;
  @ApiProperty({ type: 'integer' })
  recordId!: number;
  @ApiProperty({ type: 'string', enum: [...AUDIT_ACTIONS] })
  action!: AuditAction;
  @ApiProperty({ nullable: true, type: 'object', selfRequired: true, additionalProperties: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: 'object', selfRequired: true, additionalProperties: true })
  after!: Record<string, unknown> | null;
}
