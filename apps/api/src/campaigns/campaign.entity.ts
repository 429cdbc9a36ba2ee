import { Column, Entity, Index } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { RecordNouns } from '../common/relations';

/**
 * A 访企拓岗 visits campaign (访企拓岗促就业专项行动): the visits made to enterprises between its
 * dates count towards its leaders' quotas.
 */
@Entity('campaigns')
@RecordNouns({ one: 'campaign', many: 'campaigns' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_campaigns_live_sort', ['startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_campaigns_live_name', ['name', 'startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_campaigns_live_ends_on', ['endsOn', 'startsOn', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Campaign extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** China Standard Time days, both included. */
  @Index()
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
