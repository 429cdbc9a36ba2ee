import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { CountedAs, RecordNouns } from '../common/relations';

@Entity('memberships')
@RecordNouns({ one: 'membership' })
@Index('UQ_memberships_live', ['enterpriseId', 'chamberId'], { unique: true, where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_memberships_live_enterprise_id', ['enterpriseId', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_memberships_live_chamber_id', ['chamberId', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_memberships_live_role', ['role', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_memberships_live_since', ['since', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Membership extends TrackedEntity {
  @Index()
  @Column({ type: 'integer' })
  enterpriseId: number;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterpriseId' })
  @CountedAs('chamberMemberships')
  enterprise?: Relation<Enterprise>;

  @Index()
  @Column({ type: 'integer' })
  chamberId: number;

  @ManyToOne(() => Chamber, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chamberId' })
  @CountedAs('memberEnterprises')
  chamber?: Relation<Chamber>;

  /** The enterprise's role in the chamber, e.g. "vice-president unit". */
  @Column({ type: 'varchar', length: 100, nullable: true })
  role: string | null;

  @Column({ type: 'date', nullable: true })
  since: string | null;
}
