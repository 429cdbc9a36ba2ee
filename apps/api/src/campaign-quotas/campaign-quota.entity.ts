import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { RecordNouns } from '../common/relations';
import { TrackedEntity } from '../common/tracked.entity';
import { Staff } from '../staff/staff.entity';

/** A leader's target in a campaign: the number of distinct enterprises to visit. */
@Entity('campaign_quotas')
@RecordNouns({ one: 'campaignQuota', many: 'campaignQuotas' })
@Index('UQ_campaign_quotas_live', ['campaignId', 'staffId'], { unique: true, where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_campaign_quotas_live_sort', ['enterprises', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_campaign_quotas_live_campaign_id', ['campaignId', 'enterprises', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_campaign_quotas_live_staff_id', ['staffId', 'enterprises', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
export class CampaignQuota extends TrackedEntity {
  @Index()
  @Column({ type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Index()
  @Column({ type: 'integer' })
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
