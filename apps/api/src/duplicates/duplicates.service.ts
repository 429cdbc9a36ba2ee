import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { emailKey, normaliseUscc, organisationNameKey, personNameKey, phoneKey } from '@crm/domain';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';

/** Why two records look like one: the same code, name (as `organisationNameKey` compares), alias, phone or e-mail. */
export type DuplicateReason = 'uscc' | 'name' | 'alias' | 'phone' | 'email';

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
 * Likely duplicates among live records, found by the rules of libs/domain/names.ts: for the
 * clean-up list (pairs, newest first) and for the form that is about to create one more.
 */
@Injectable()
export class DuplicatesService {
  constructor(private readonly dataSource: DataSource) {}

  private async enterprises(): Promise<EnterpriseSummary[]> {
    const rows = await this.dataSource
      .createQueryBuilder(Enterprise, 'e')
      .select(['e.id AS "id"', 'e.name AS "name"', 'e.uscc AS "uscc"', 'e.aliases AS "aliases"', 'e.city AS "city"', 'e.createdAt AS "createdAt"'])
      .getRawMany<Omit<EnterpriseSummary, 'aliases'> & { aliases: string }>();
    return rows.map((row) => ({ ...row, aliases: JSON.parse(row.aliases || '[]') as string[] }));
  }

  private contacts(): Promise<ContactSummary[]> {
    return this.dataSource
      .createQueryBuilder(Contact, 'c')
      .select(['c.id AS "id"', 'c.name AS "name"', 'c.enterpriseId AS "enterpriseId"', 'c.chamberId AS "chamberId"', 'c.phone AS "phone"', 'c.email AS "email"', 'c.createdAt AS "createdAt"'])
      .getRawMany<ContactSummary>();
  }

  /** The keys under which an enterprise is found: its code, its name and each alias. */
  private static enterpriseKeys(enterprise: { name: string; uscc?: string | null; aliases?: string[] }): { key: string; reason: DuplicateReason }[] {
    const keys: { key: string; reason: DuplicateReason }[] = [];
    if (enterprise.uscc) keys.push({ key: `u:${normaliseUscc(enterprise.uscc)}`, reason: 'uscc' });
    const name = organisationNameKey(enterprise.name);
    if (name) keys.push({ key: `n:${name}`, reason: 'name' });
    for (const alias of enterprise.aliases ?? []) {
      const key = organisationNameKey(alias);
      if (key && key !== name) keys.push({ key: `n:${key}`, reason: 'alias' });
    }
    return keys;
  }

  private static contactKeys(contact: { name?: string | null; phone?: string | null; email?: string | null; enterpriseId?: number | null; chamberId?: number | null }): { key: string; reason: DuplicateReason }[] {
    const keys: { key: string; reason: DuplicateReason }[] = [];
    const phone = contact.phone ? phoneKey(contact.phone) : '';
    if (phone) keys.push({ key: `p:${phone}`, reason: 'phone' });
    const email = contact.email ? emailKey(contact.email) : '';
    if (email) keys.push({ key: `m:${email}`, reason: 'email' });
    const organisation = contact.enterpriseId ? `e${contact.enterpriseId}` : contact.chamberId ? `c${contact.chamberId}` : '';
    if (contact.name && organisation) keys.push({ key: `n:${organisation}:${personNameKey(contact.name)}`, reason: 'name' });
    return keys;
  }

  async enterprisePairs(): Promise<DuplicatePair<EnterpriseSummary>[]> {
    return pairs(await this.enterprises(), DuplicatesService.enterpriseKeys);
  }

  async contactPairs(): Promise<DuplicatePair<ContactSummary>[]> {
    return pairs(await this.contacts(), DuplicatesService.contactKeys);
  }

  /** Live enterprises a new (or edited, `excludeId`) one with these values would duplicate. */
  async similarEnterprises(draft: { name?: string; uscc?: string; aliases?: string[]; excludeId?: number }): Promise<Similar<EnterpriseSummary>[]> {
    return similar(await this.enterprises(), DuplicatesService.enterpriseKeys, { name: draft.name ?? '', uscc: draft.uscc, aliases: draft.aliases }, draft.excludeId);
  }

  async similarContacts(draft: { name?: string; phone?: string; email?: string; enterpriseId?: number; chamberId?: number; excludeId?: number }): Promise<Similar<ContactSummary>[]> {
    return similar(await this.contacts(), DuplicatesService.contactKeys, draft, draft.excludeId);
  }
}

type Keyed<R> = (record: R) => { key: string; reason: DuplicateReason }[];

function pairs<R extends { id: number; createdAt: string }>(records: R[], keysOf: Keyed<R>): DuplicatePair<R>[] {
  const groups = new Map<string, { reason: DuplicateReason; members: R[] }>();
  for (const record of records) {
    for (const { key, reason } of keysOf(record)) {
      const group = groups.get(key);
      if (!group) groups.set(key, { reason, members: [record] });
      else if (group.members[group.members.length - 1] !== record) {
        group.members.push(record);
        // a name matched through an alias says so, even when the group began with a name
        if (reason === 'alias') group.reason = 'alias';
      }
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
  return [...found.values()].sort((a, b) => newestFirst(a.records[0], b.records[0]) || newestFirst(a.records[1], b.records[1])).slice(0, MAX_PAIRS);
}

function similar<R extends { id: number }, D>(records: R[], keysOf: Keyed<R | D>, draft: D, excludeId?: number): Similar<R>[] {
  const wanted = new Map(keysOf(draft).map(({ key, reason }) => [key, reason]));
  if (wanted.size === 0) return [];
  const answer: Similar<R>[] = [];
  for (const record of records) {
    if (record.id === excludeId) continue;
    for (const { key, reason } of keysOf(record)) {
      const draftReason = wanted.get(key);
      if (draftReason) {
        answer.push({ ...record, reason: reason === 'alias' || draftReason === 'alias' ? 'alias' : draftReason });
        break;
      }
    }
    if (answer.length >= 20) break;
  }
  return answer;
}
