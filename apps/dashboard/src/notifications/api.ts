import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationRecord } from '@crm/domain';
import { API_URL, createHttpClient } from '../dataProvider';

const http = createHttpClient();
/** How often the bell asks again (and whenever the window gets the focus back). */
const BELL_POLL_MS = 10_000;

export const NOTIFICATIONS_KEY = ['notifications'];

/** The user's newest notifications (or only the unread) and their total. */
export function useNotifications(options: { unread?: boolean; rows?: number; poll?: boolean } = {}) {
  const { unread = false, rows = 50, poll = false } = options;
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, { unread, rows }],
    queryFn: async () => {
      const filter = encodeURIComponent(JSON.stringify(unread ? { read: false } : {}));
      const { json, headers } = await http(
        `${API_URL}/notifications?filter=${filter}&range=${encodeURIComponent(JSON.stringify([0, rows - 1]))}`,
      );
      return { rows: json as NotificationRecord[], total: Number(headers.get('X-Total-Count') ?? 0) };
    },
    refetchInterval: poll ? BELL_POLL_MS : false,
    refetchOnWindowFocus: true,
  });
}

/** Marking read changes the bell and the page: both are asked again. */
export function useMarkRead() {
  const client = useQueryClient();
  return {
    one: async (id: number) => {
      await http(`${API_URL}/notifications/${id}/read`, { method: 'POST' });
      await client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
    all: async () => {
      await http(`${API_URL}/notifications/read-all`, { method: 'POST' });
      await client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  };
}

/** The dashboard route of a notification's link (the part after the hash). */
export function routeOf(link: string): string {
  const hash = link.indexOf('#');
  return hash >= 0 ? link.slice(hash + 1) : '/';
}
