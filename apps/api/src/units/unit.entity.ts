import { Column, Entity, Index } from 'typeorm';
import type { UnitKind } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';

/** A school unit: an office or a secondary college (colleges hold majors). */
@Entity('units')
export class Unit extends TrackedEntity {
  @Index() @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: UnitKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  code: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
