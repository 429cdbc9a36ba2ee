import type { AuditEvent } from '@crm/domain';
import { useGetMany, useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel } from '../i18n';
import { REFERENCE_FIELDS, type Speech } from './sentences';

/** Every resource a history may name, in a fixed order (one query each, for the ids the events hold). */
const NAMED = [...new Set(Object.values(REFERENCE_FIELDS))];

function idsBy(events: readonly AuditEvent[]): Map<string, number[]> {
  const ids = new Map<string, Set<number>>(NAMED.map((resource) => [resource, new Set()]));
  for (const event of events) {
    for (const snapshot of [event.before, event.after]) {
      for (const [field, value] of Object.entries(snapshot ?? {})) {
        const resource = REFERENCE_FIELDS[field];
        if (!resource) continue;
        for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'number') ids.get(resource)!.add(id);
      }
    }
  }
  return new Map([...ids].map(([resource, set]) => [resource, [...set].sort((a, b) => a - b)]));
}

/** One resource's names for the ids asked (a record the reader may not see stays a number). */
function useNames(resource: string, ids: number[]): Map<number, string> {
  const { data } = useGetMany(resource, { ids }, { enabled: ids.length > 0 });
  return new Map((data ?? []).map((record) => [Number(record.id), String(record.name ?? record.title ?? record.id)]));
}

/**
 * What describeEvent needs to speak of these events in the reader's language: the catalogue, labels,
 * dates in the locale's format, and the names of the records the events point at (loaded here).
 */
export function useSpeech(events: readonly AuditEvent[] | undefined): Speech {
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const format = useFormat();
  const wanted = idsBy(events ?? []);
  // NAMED is a constant list, so the hooks run in the same order at every render
  const names = new Map(NAMED.map((resource) => [resource, useNames(resource, wanted.get(resource)!)])); // eslint-disable-line react-hooks/rules-of-hooks
  return {
    translate,
    label,
    name: (resource, id) => names.get(resource)?.get(id),
    date: (value) => format.date(value),
    dateTime: (value) => format.dateTime(value),
  };
}
