import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

/** A file of a meeting, an outcome or an enterprise (signed agreement, photo, sign-in sheet). */
@ApiSchema({ name: 'Attachment' })
export class AttachmentSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  resource!: string;
  @ApiProperty({ type: 'integer' })
  recordId!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  /** Bytes. */
  @ApiProperty({ type: 'number', description: 'Bytes.' })
  size!: number;
  @ApiProperty({ type: 'string' })
  contentType!: string;
  @ApiProperty({ type: 'string' })
  sha256!: string;
  @ApiProperty({ nullable: true, type: 'integer' })
  uploadedById!: number | null;
}
