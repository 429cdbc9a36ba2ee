import { useQuery } from '@tanstack/react-query';
import { API_URL, createHttpClient } from '../dataProvider';

const http = createHttpClient();

/** GET an API report (not a CRUD list) as JSON; `params` become the query string. */
export async function getReport<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined).map(([key, value]) => [key, String(value)]));
  const { json } = await http(`${API_URL}/${path}${query.size ? `?${query}` : ''}`);
  return json as T;
}

export function useReport<T>(path: string, params: Record<string, string | number | undefined> = {}) {
  return useQuery({ queryKey: ['reports', path, params], queryFn: () => getReport<T>(path, params) });
}

/** POST to an API action and read its JSON answer. */
export async function postAction<T>(path: string, body?: unknown): Promise<T> {
  const { json } = await http(`${API_URL}/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  return json as T;
}

/** A list page filtered as a figure counted it: `/enterprises?filter={"relationshipStage":"partner"}`. */
export const listLink = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
