import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Why two records look like one: the same code, name (as `organisationNameKey` compares), alias, phone or e-mail. */
export type DuplicateReason = 'uscc' | 'name' | 'alias' | 'phone' | 'email';

/**
 * The keys under which a live enterprise or contact is found when a twin is looked for (its code,
 * its name and each alias as `organisationNameKey` compares them; a contact's phone, e-mail, and name
 * at its organisation): a twin check is a lookup of this table's primary key, and the pair list a
 * GROUP BY of it. Written with the record on every write (twin-keys.ts `refreshTwinKeys`); a record
 * in the trash has none.
 */
@Entity('twin_keys', { withoutRowid: true })
@Index('IDX_twin_keys_record', ['resource', 'recordId'])
export class TwinKey {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  resource: 'enterprises' | 'contacts';

  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @PrimaryColumn({ type: 'integer' })
  recordId: number;

  @Column({ type: 'varchar', length: 10 })
  reason: DuplicateReason;
}
