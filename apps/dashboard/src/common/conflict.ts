import type { RaRecord } from 'react-admin';

/** A save refused because someone else saved the record first: the API's 409 with the stored record. */
export interface VersionConflict {
  message: string;
  current: RaRecord;
}

export function versionConflictOf(error: unknown): VersionConflict | null {
  const { status, body, message } = (error ?? {}) as {
    status?: number;
    body?: { message?: string; current?: unknown };
    message?: string;
  };
  if (status !== 409 || !body?.current || typeof body.current !== 'object') return null;
  return { message: body.message ?? message ?? 'crm.conflict.fallback', current: body.current as RaRecord };
}

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt']);

/** Fields whose stored value differs from what the form was loaded with. */
export function changedFields(loaded: Record<string, unknown>, current: Record<string, unknown>): string[] {
  return Object.keys(current).filter(
    (field) =>
      !BOOKKEEPING.has(field) && JSON.stringify(loaded[field] ?? null) !== JSON.stringify(current[field] ?? null),
  );
}
