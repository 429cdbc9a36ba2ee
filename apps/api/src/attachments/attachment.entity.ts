import { Column, Entity, Index } from 'typeorm';
import type { AttachableResource } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { RecordNouns } from '../common/relations';

/**
 * A file on a meeting, an outcome or an enterprise. The bytes live in the file store under their
 * SHA-256 (shared by every instance); the row keeps the name as uploaded, Chinese included.
 */
@Entity('attachments')
@RecordNouns({ one: 'attachment' })
@Index('IDX_attachments_record', ['resource', 'recordId'])
export class Attachment extends TrackedEntity {
  @Column({ type: 'varchar', length: 20 })
  resource: AttachableResource;

  @Column({ type: 'integer' })
  recordId: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Bytes. */
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  /** Hex SHA-256 of the bytes: their address in the file store. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer', nullable: true })
  uploadedById: number | null;
}
