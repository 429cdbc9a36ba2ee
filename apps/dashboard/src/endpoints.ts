import { useQuery } from '@tanstack/react-query';
import { API_URL, createHttpClient } from './dataProvider';

const http = createHttpClient();

/** `params` as a query string ("" when none), leaving out those not given. */
export function reportQuery(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return query.size ? `?${query}` : '';
}

/** GET an API report (not a CRUD list) as JSON; `params` become the query string. */
export async function getReport<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const { json } = await http(`${API_URL}/${path}${reportQuery(params)}`);
  return json as T;
}

/** A report paged in the server like a list (sort and range): one page of rows and the total from X-Total-Count. */
export function usePagedReport<T>(path: string, params: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['reports', path, params],
    queryFn: async () => {
      const { json, headers } = await http(`${API_URL}/${path}${reportQuery(params)}`);
      return { rows: json as T[], total: Number(headers.get('X-Total-Count') ?? 0) };
    },
    placeholderData: (previous) => previous,
  });
}

/** `enabled: false` holds the request back (a card below something that must draw first). */
export function useReport<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  { enabled = true } = {},
) {
  return useQuery({ queryKey: ['reports', path, params], queryFn: () => getReport<T>(path, params), enabled });
}

/** POST to an API action and read its JSON answer. */
export async function postAction<T>(path: string, body?: unknown): Promise<T> {
  const { json } = await http(`${API_URL}/${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
}

/** A list page filtered as a figure counted it: `/enterprises?filter={"relationshipStage":"partner"}`. */
export const listLink = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
