import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { TwinKey } from './twin-key.entity';
import { contactKeys, DuplicateReason, enterpriseKeys, Keyed, TwinResource } from './twin-keys';

export interface EnterpriseSummary {
  id: number;
  name: string;
  uscc: string | null;
  aliases: string[];
  city: string | null;
  createdAt: string;
}

export interface ContactSummary {
  id: number;
  name: string;
  enterpriseId: number | null;
  chamberId: number | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
}

export interface DuplicatePair<R> {
  /** "12-34": the two ids, the newer first. */
  id: string;
  reason: DuplicateReason;
  records: [R, R];
}

export type Similar<R> = R & { reason: DuplicateReason };

/** At most this many pairs answered; a clean-up works through them newest first. */
export const MAX_PAIRS = 1000;

/**
 * Likely duplicates among live records, found by the rules of libs/domain/names.ts through the
 * stored twin keys (twin-keys.ts): for the clean-up list (pairs, newest first) and for the form that
 * is about to create one more. Both read an index, whatever the number of records.
 */
@Injectable()
export class DuplicatesService {
  constructor(private readonly dataSource: DataSource) {}

  private async enterprises(ids: number[]): Promise<EnterpriseSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder(Enterprise, 'e')
      .select([
        'e.id AS "id"',
        'e.name AS "name"',
        'e.uscc AS "uscc"',
        'e.aliases AS "aliases"',
        'e.city AS "city"',
        'e.createdAt AS "createdAt"',
      ])
      .where({ id: In(ids) })
      .getRawMany<Omit<EnterpriseSummary, 'aliases'> & { aliases: string }>();
    return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases || '[]') as string[] }));
  }

  private contacts(ids: number[]): Promise<ContactSummary[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .createQueryBuilder(Contact, 'c')
      .select([
        'c.id AS "id"',
        'c.name AS "name"',
        'c.enterpriseId AS "enterpriseId"',
        'c.chamberId AS "chamberId"',
        'c.phone AS "phone"',
        'c.email AS "email"',
        'c.createdAt AS "createdAt"',
      ])
      .where({ id: In(ids) })
      .getRawMany<ContactSummary>();
  }

  /** The stored keys that more than one live record shares. */
  private shared(resource: TwinResource): Promise<TwinKey[]> {
    return this.dataSource
      .createQueryBuilder(TwinKey, 'twin')
      .where('twin.resource = :resource', { resource })
      .andWhere(
        (query) =>
          `twin.key IN ${query.subQuery().select('shared.key').from(TwinKey, 'shared').where('shared.resource = :resource').groupBy('shared.key').having('COUNT(*) > 1').getQuery()}`,
      )
      .getMany();
  }

  /** The stored keys among `keys`, of records other than `excludeId`. */
  private matching(resource: TwinResource, keys: Keyed[], excludeId?: number): Promise<TwinKey[]> {
    if (keys.length === 0) return Promise.resolve([]);
    const query = this.dataSource
      .createQueryBuilder(TwinKey, 'twin')
      .where('twin.resource = :resource', { resource })
      .andWhere('twin.key IN (:...keys)', { keys: keys.map((keyed) => keyed.key) });
    if (excludeId !== undefined) query.andWhere('twin.recordId <> :excludeId', { excludeId });
    return query.getMany();
  }

  async enterprisePairs(): Promise<DuplicatePair<EnterpriseSummary>[]> {
    const keys = await this.shared('enterprises');
    return pairs(keys, await this.enterprises(recordIds(keys)));
  }

  async contactPairs(): Promise<DuplicatePair<ContactSummary>[]> {
    const keys = await this.shared('contacts');
    return pairs(keys, await this.contacts(recordIds(keys)));
  }

  /** Live enterprises a new (or edited, `excludeId`) one with these values would duplicate. */
  async similarEnterprises(draft: {
    name?: string;
    uscc?: string;
    aliases?: string[];
    excludeId?: number;
  }): Promise<Similar<EnterpriseSummary>[]> {
    const wanted = enterpriseKeys({ name: draft.name ?? '', uscc: draft.uscc, aliases: draft.aliases });
    const found = await this.matching('enterprises', wanted, draft.excludeId);
    return similar(wanted, found, await this.enterprises(recordIds(found).slice(0, MAX_SIMILAR)));
  }

  async similarContacts(draft: {
    name?: string;
    phone?: string;
    email?: string;
    enterpriseId?: number;
    chamberId?: number;
    excludeId?: number;
  }): Promise<Similar<ContactSummary>[]> {
    const wanted = contactKeys(draft);
    const found = await this.matching('contacts', wanted, draft.excludeId);
    return similar(wanted, found, await this.contacts(recordIds(found).slice(0, MAX_SIMILAR)));
  }
}

/** At most this many likely twins shown to a form. */
const MAX_SIMILAR = 20;

const recordIds = (keys: TwinKey[]) => [...new Set(keys.map((twin) => twin.recordId))].sort((a, b) => a - b);

function pairs<R extends { id: number; createdAt: string }>(keys: TwinKey[], records: R[]): DuplicatePair<R>[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const groups = new Map<string, { reason: DuplicateReason; members: R[] }>();
  for (const twin of keys) {
    const record = byId.get(twin.recordId);
    if (!record) continue;
    const group = groups.get(twin.key);
    if (!group) groups.set(twin.key, { reason: twin.reason, members: [record] });
    else {
      group.members.push(record);
      // a name matched through an alias says so, even when the group began with a name
      if (twin.reason === 'alias') group.reason = 'alias';
    }
  }
  const found = new Map<string, DuplicatePair<R>>();
  const newestFirst = (a: R, b: R) => String(b.createdAt).localeCompare(String(a.createdAt)) || b.id - a.id;
  for (const { reason, members } of groups.values()) {
    if (members.length < 2) continue;
    // a name shared by hundreds (a common surname at one large organisation) is listed by its newest twenty
    const sorted = members.sort(newestFirst).slice(0, 20);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const id = `${sorted[i].id}-${sorted[j].id}`;
        if (!found.has(id)) found.set(id, { id, reason, records: [sorted[i], sorted[j]] });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => newestFirst(a.records[0], b.records[0]) || newestFirst(a.records[1], b.records[1]))
    .slice(0, MAX_PAIRS);
}

function similar<R extends { id: number }>(wanted: Keyed[], found: TwinKey[], records: R[]): Similar<R>[] {
  const draftReasons = new Map(wanted.map(({ key, reason }) => [key, reason]));
  const byId = new Map(records.map((record) => [record.id, record]));
  const answer = new Map<number, Similar<R>>();
  for (const twin of found) {
    const record = byId.get(twin.recordId);
    const draftReason = draftReasons.get(twin.key);
    if (!record || !draftReason || answer.has(record.id)) continue;
    answer.set(record.id, {
      ...record,
      reason: twin.reason === 'alias' || draftReason === 'alias' ? 'alias' : draftReason,
    });
  }
  return [...answer.values()];
}
