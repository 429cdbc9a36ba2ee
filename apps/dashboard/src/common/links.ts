import { useLocation } from 'react-router-dom';
import type { RedirectionSideEffect } from 'react-admin';

/**
 * A create page opened from a record's page: prefilled through react-admin's `?source=` and sent back
 * to where the user came from once saved (`back`), so logging follow-ups never loses the meeting.
 */
export function createLink(resource: string, prefill: Record<string, unknown>, back?: string): string {
  const query = new URLSearchParams({ source: JSON.stringify(prefill) });
  if (back) query.set('back', back);
  return `/${resource}/create?${query}`;
}

/** Where a Create page goes after saving: back to the page that opened it, else the new record. */
export function useBackRedirect(fallback: RedirectionSideEffect = 'show'): RedirectionSideEffect {
  const back = new URLSearchParams(useLocation().search).get('back');
  return back && back.startsWith('/') ? () => back.slice(1) : fallback;
}
