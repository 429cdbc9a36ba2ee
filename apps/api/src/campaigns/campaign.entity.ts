import { Column, Entity, Index } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { RecordNouns } from '../common/relations';

/**
 * A 访企拓岗 visits campaign (访企拓岗促就业专项行动): the visits made to enterprises between its
 * dates count towards its leaders' quotas.
 */
@Entity('campaigns')
@RecordNouns({ one: 'campaign', many: 'campaigns' })
export class Campaign extends TrackedEntity {
  @Index() @Column({ type: 'varchar', length: 200 })
  name: string;

  /** China Standard Time days, both included. */
  @Index() @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
