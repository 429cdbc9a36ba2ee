import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { RecordNouns } from '../common/relations';
import { TrackedEntity } from '../common/tracked.entity';
import { Staff } from '../staff/staff.entity';

/** A leader's target in a campaign: the number of distinct enterprises to visit. */
@Entity('campaign_quotas')
@RecordNouns({ one: 'campaignQuota', many: 'campaignQuotas' })
@Index('UQ_campaign_quotas_live', ['campaignId', 'staffId'], { unique: true, where: '"deletedAt" IS NULL' })
export class CampaignQuota extends TrackedEntity {
  @Index() @Column({ type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Index() @Column({ type: 'integer' })
  staffId: number;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff>;

  /** Distinct enterprises to visit. */
  @Column({ type: 'integer' })
  enterprises: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
