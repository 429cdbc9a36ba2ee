import { EntityManager, In } from 'typeorm';
import { emailKey, normaliseUscc, organisationNameKey, personNameKey, phoneKey } from '@crm/domain';
import { Contact } from '../contacts/contact.entity';
import { insertRecords } from '../database/bulk-insert';
import { Enterprise } from '../enterprises/enterprise.entity';
import { TwinKey } from './twin-key.entity';

import type { DuplicateReason } from './twin-key.entity';

export type { DuplicateReason };

export type TwinResource = 'enterprises' | 'contacts';
export interface Keyed {
  key: string;
  reason: DuplicateReason;
}

/** The keys under which an enterprise is found: its code, its name and each alias. */
export function enterpriseKeys(enterprise: {
  name?: string | null;
  uscc?: string | null;
  aliases?: string[] | null;
}): Keyed[] {
  const keys: Keyed[] = [];
  if (enterprise.uscc) keys.push({ key: `u:${normaliseUscc(enterprise.uscc)}`, reason: 'uscc' });
  const name = organisationNameKey(enterprise.name ?? '');
  if (name) keys.push({ key: `n:${name}`, reason: 'name' });
  for (const alias of enterprise.aliases ?? []) {
    const key = organisationNameKey(alias);
    if (key && key !== name && !keys.some((known) => known.key === `n:${key}`))
      keys.push({ key: `n:${key}`, reason: 'alias' });
  }
  return keys;
}

/** A contact's: phone, e-mail, and name at its organisation. */
export function contactKeys(contact: {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  enterpriseId?: number | null;
  chamberId?: number | null;
}): Keyed[] {
  const keys: Keyed[] = [];
  const phone = contact.phone ? phoneKey(contact.phone) : '';
  if (phone) keys.push({ key: `p:${phone}`, reason: 'phone' });
  const email = contact.email ? emailKey(contact.email) : '';
  if (email) keys.push({ key: `m:${email}`, reason: 'email' });
  const organisation = contact.enterpriseId
    ? `e${contact.enterpriseId}`
    : contact.chamberId
      ? `c${contact.chamberId}`
      : '';
  if (contact.name && organisation)
    keys.push({ key: `n:${organisation}:${personNameKey(contact.name)}`, reason: 'name' });
  return keys;
}

/** Keys longer than the column are cut; two names that long and alike are twins all the same. */
const KEY_LENGTH = 300;
const CHUNK = 200;

/**
 * Writes the twin keys of these records again from what is stored now, in the writer's transaction:
 * a live record gets its keys, one in the trash none. Every write of an enterprise or a contact calls
 * it (the services, the import, the merge, the demo data).
 */
export async function refreshTwinKeys(manager: EntityManager, resource: TwinResource, ids: number[]): Promise<void> {
  for (let index = 0; index < ids.length; index += CHUNK) {
    const chunk = ids.slice(index, index + CHUNK);
    // eslint-disable-next-line no-restricted-syntax -- not a record: the twin index derived from enterprises and contacts
    await manager.delete(TwinKey, { resource, recordId: In(chunk) });
    const live =
      resource === 'enterprises'
        ? await manager.find(Enterprise, {
            select: { id: true, name: true, uscc: true, aliases: true },
            where: { id: In(chunk) },
          })
        : await manager.find(Contact, {
            select: { id: true, name: true, phone: true, email: true, enterpriseId: true, chamberId: true },
            where: { id: In(chunk) },
          });
    await addTwinKeys(manager, resource, live);
  }
}

/** The keys of records just inserted (which have none yet), from the values written: the import's bulk path. */
export async function addTwinKeys(
  manager: EntityManager,
  resource: TwinResource,
  records: ({ id: number } & Parameters<typeof enterpriseKeys>[0] & Parameters<typeof contactKeys>[0])[],
): Promise<void> {
  const keysOf = resource === 'enterprises' ? enterpriseKeys : contactKeys;
  // a record's keys are distinct, but two cut to the same length need not be
  const rows = new Map<string, TwinKey>();
  for (const record of records)
    for (const keyed of keysOf(record))
      rows.set(`${record.id}\u0000${keyed.key.slice(0, KEY_LENGTH)}`, twinKey(resource, record.id, keyed));
  const values = [...rows.values()];
  // eslint-disable-next-line no-restricted-syntax -- not a record: the twin index derived from enterprises and contacts
  await insertRecords(manager, TwinKey, values);
}

function twinKey(resource: TwinResource, recordId: number, keyed: Keyed): TwinKey {
  return Object.assign(new TwinKey(), {
    resource,
    recordId,
    key: keyed.key.slice(0, KEY_LENGTH),
    reason: keyed.reason,
  });
}

/** Every live record's twin keys written afresh: after a bulk load that wrote the rows alone (the demo data). */
export async function refreshAllTwinKeys(manager: EntityManager): Promise<void> {
  for (const [resource, entity] of [
    ['enterprises', Enterprise],
    ['contacts', Contact],
  ] as const) {
    const rows = await manager.find(entity, { select: { id: true } });
    await refreshTwinKeys(
      manager,
      resource,
      rows.map((row) => row.id),
    );
  }
}
