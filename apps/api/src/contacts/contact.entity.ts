import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { ContactPermission } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { RecordNouns } from '../common/relations';

/** A person at exactly one enterprise or one chamber. Contacts do not log in. */
@Entity('contacts')
@RecordNouns({ one: 'contact', many: 'contacts' })
@Index('IDX_contacts_name_sort_live', ['nameSortKey'], { where: '"deletedAt" IS NULL' })
// The search box's pinyin (`leihui`, `lhst`): a prefix of one of these is a range of its index.
@Index('IDX_contacts_pinyin_live', ['namePinyin'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_initials_live', ['nameInitials'], { where: '"deletedAt" IS NULL' })
// The dashboard's filters of this list, each with the list's default sort, on live rows (issues 12, 24): a page in the
// index's order and its total from the index alone (the trailing id keeps the order, "deletedAt" makes the count covering).
@Index('IDX_contacts_list_name', ['name', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_list_title', ['title', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_list_enterprise', ['enterpriseId', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_contacts_list_chamber', ['chamberId', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_list_phone', ['phone', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_list_email', ['email', 'nameSortKey', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_contacts_list_permission', ['permission', 'nameSortKey', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
export class Contact extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The name's pinyin sort key (common/pinyin.ts), set on every write; lists sorted by name order by it. */
  @Column({ type: 'varchar', length: 800, default: '', select: false })
  nameSortKey: string;

  /** The name's pinyin for the search box (common/pinyin.ts `pinyinSearchKeys`), set with the sort key on every write. */
  @Column({ type: 'varchar', length: 400, default: '', select: false })
  namePinyin: string;

  @Column({ type: 'varchar', length: 200, default: '', select: false })
  nameInitials: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  enterpriseId: number | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Relation<Enterprise>;

  @Index()
  @Column({ type: 'integer', nullable: true })
  chamberId: number | null;

  @ManyToOne(() => Chamber, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'chamberId' })
  chamber?: Relation<Chamber>;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  wechat: string | null;

  @Column({ type: 'varchar', length: 20, default: 'free' })
  permission: ContactPermission;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
