import type { Contact } from '@crm/domain';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useGetMany } from 'react-admin';

/**
 * Choosing a contact as an attendee puts their organisation (enterprise or chamber) among the
 * organisations present, once: taking it off again afterwards is respected.
 */
export function ContactOrganisations() {
  const contactIds: number[] = useWatch({ name: 'contactIds' }) ?? [];
  const { data: contacts } = useGetMany<Contact>('contacts', { ids: contactIds }, { enabled: contactIds.length > 0 });
  const { getValues, setValue } = useFormContext();
  const seen = useRef(new Set<number>(contactIds));
  useEffect(() => {
    const added = (contacts ?? []).filter((contact) => !seen.current.has(contact.id));
    if (!added.length) return;
    for (const contact of added) seen.current.add(contact.id);
    for (const [field, ids] of [
      ['enterpriseIds', added.map((contact) => contact.enterpriseId)],
      ['chamberIds', added.map((contact) => contact.chamberId)],
    ] as const) {
      const current: number[] = getValues(field) ?? [];
      const merged = [...new Set([...current, ...ids.filter((id): id is number => id !== null)])];
      if (merged.length !== current.length) setValue(field, merged, { shouldDirty: true });
    }
  }, [contacts, getValues, setValue]);
  return null;
}
