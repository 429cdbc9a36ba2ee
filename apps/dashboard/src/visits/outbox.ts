import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { API_URL } from '../dataProvider';
import { currentLocale } from '../i18n';

/** What the "log a visit" screen collects; sent as an enterprise (when new), a meeting, its photos and its follow-up tasks. */
export interface VisitDraft {
  /** An enterprise found in the records (id), or a new one to add (name, and the USCC where known). */
  enterprise: { id?: number; name: string; uscc?: string };
  staffIds: number[];
  /** ISO 8601 UTC. */
  startsAt: string;
  positionsOffered: number | null;
  internsWanted: number | null;
  graduatesWanted: number | null;
  majorIds: number[];
  minutes: string;
  /** The title the meeting is logged under ("走访…"), in the language of the person who logged it. */
  title: string;
  tasks: { title: string; dueDate: string | null }[];
  assigneeId: number;
}

export interface Photo {
  name: string;
  type: string;
  blob: Blob;
}

export type VisitStatus = 'waiting' | 'sent' | 'conflict';

/** A visit kept on the phone until the API has all of it; what is sent already is kept too, so a reload resumes. */
export interface QueuedVisit {
  /** Random; each request of the visit carries an Idempotency-Key made from it, so nothing is created twice. */
  id: string;
  savedAt: string;
  draft: VisitDraft;
  photos: Photo[];
  status: VisitStatus;
  enterpriseId?: number;
  meetingId?: number;
  photosSent: number;
  tasksSent: number;
  /** The API's sentence for a conflict, and the enterprise it already holds when that is the conflict. */
  problem?: string;
  existing?: { id: number; name: string };
}

interface OutboxSchema extends DBSchema {
  visits: { key: string; value: QueuedVisit };
}

let database: Promise<IDBPDatabase<OutboxSchema>> | undefined;
const open = () =>
  (database ??= openDB<OutboxSchema>('crm-visits', 1, {
    upgrade: (db) => db.createObjectStore('visits', { keyPath: 'id' }),
  }));

const listeners = new Set<() => void>();
/** Calls `listener` whenever a kept visit changes; returns the unsubscribe. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

export async function queuedVisits(): Promise<QueuedVisit[]> {
  const visits = await (await open()).getAll('visits');
  return visits.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function put(visit: QueuedVisit): Promise<void> {
  await (await open()).put('visits', visit);
  changed();
}

export async function keepVisit(draft: VisitDraft, photos: Photo[]): Promise<QueuedVisit> {
  const visit: QueuedVisit = {
    id: crypto.randomUUID(),
    savedAt: new Date().toISOString(),
    draft,
    photos,
    status: 'waiting',
    photosSent: 0,
    tasksSent: 0,
  };
  await put(visit);
  return visit;
}

export async function discardVisit(id: string): Promise<void> {
  await (await open()).delete('visits', id);
  changed();
}

/** A conflict over a new enterprise resolved by taking the one the records already hold. */
export async function takeExistingEnterprise(visit: QueuedVisit): Promise<void> {
  if (!visit.existing) return;
  await put({
    ...visit,
    status: 'waiting',
    enterpriseId: visit.existing.id,
    draft: { ...visit.draft, enterprise: visit.existing },
    problem: undefined,
    existing: undefined,
  });
  void sendWaiting();
}

/** The network is not there (or the server cannot be reached): the visit stays waiting. */
class Unreachable extends Error {}
/** The API refused a part of the visit: the person decides what to do. */
class Refused extends Error {
  constructor(
    message: string,
    readonly existing?: { id: number; name: string },
  ) {
    super(message);
  }
}

async function post(path: string, key: string, body: BodyInit, json: boolean): Promise<{ id: number }> {
  let response: Response;
  try {
    response = await fetch(`${API_URL}/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'Idempotency-Key': key,
        'Accept-Language': currentLocale(),
        Accept: 'application/json',
        ...(json ? { 'Content-Type': 'application/json' } : {}),
      },
      body,
    });
  } catch {
    throw new Unreachable();
  }
  // a logged-out session or a server that is not up yet: try again later, nothing is lost
  if (response.status === 401 || response.status >= 500) throw new Unreachable();
  const answer = await response.json().catch(() => ({}));
  // the same key still being answered (a send cut off a moment ago): its answer comes on the next try
  if (response.status === 409 && !answer.existing && !answer.errors) throw new Unreachable();
  if (!response.ok)
    throw new Refused(
      String(answer.message ?? response.statusText),
      answer.existing ? { id: answer.existing.id, name: answer.existing.name } : undefined,
    );
  return answer as { id: number };
}
const postJson = (path: string, key: string, body: unknown) => post(path, key, JSON.stringify(body), true);

/** Sends what is left of one visit, step by step, keeping each step's answer. */
async function send(visit: QueuedVisit): Promise<void> {
  const { draft } = visit;
  if (visit.enterpriseId === undefined) {
    visit.enterpriseId =
      draft.enterprise.id ??
      (
        await postJson('enterprises', `${visit.id}/enterprise`, {
          name: draft.enterprise.name,
          ...(draft.enterprise.uscc ? { uscc: draft.enterprise.uscc } : {}),
        })
      ).id;
    await put(visit);
  }
  if (visit.meetingId === undefined) {
    const meeting = await postJson('meetings', `${visit.id}/meeting`, {
      title: draft.title,
      kind: 'visit_made',
      startsAt: draft.startsAt,
      staffIds: draft.staffIds,
      enterpriseIds: [visit.enterpriseId],
      positionsOffered: draft.positionsOffered,
      internsWanted: draft.internsWanted,
      graduatesWanted: draft.graduatesWanted,
      majorIds: draft.majorIds,
      minutes: draft.minutes || null,
    });
    visit.meetingId = meeting.id;
    await put(visit);
  }
  for (; visit.photosSent < visit.photos.length; visit.photosSent++) {
    const photo = visit.photos[visit.photosSent];
    const form = new FormData();
    form.append('resource', 'meetings');
    form.append('recordId', String(visit.meetingId));
    form.append('file', new File([photo.blob], photo.name, { type: photo.type }));
    await post('attachments', `${visit.id}/photo/${visit.photosSent}`, form, false);
    await put({ ...visit, photosSent: visit.photosSent + 1 });
  }
  for (; visit.tasksSent < draft.tasks.length; visit.tasksSent++) {
    const task = draft.tasks[visit.tasksSent];
    await postJson('tasks', `${visit.id}/task/${visit.tasksSent}`, {
      title: task.title,
      dueDate: task.dueDate,
      assigneeId: draft.assigneeId,
      meetingId: visit.meetingId,
    });
    await put({ ...visit, tasksSent: visit.tasksSent + 1 });
  }
  await put({ ...visit, status: 'sent' });
}

let sending: Promise<void> | null = null;

/** Sends every waiting visit, one at a time; a second call while one runs waits for it. Stops at the first unreachable request. */
export function sendWaiting(): Promise<void> {
  sending ??= (async () => {
    try {
      for (const visit of (await queuedVisits()).filter((candidate) => candidate.status === 'waiting').reverse()) {
        try {
          await send(visit);
        } catch (error) {
          if (error instanceof Unreachable) return;
          if (!(error instanceof Refused)) throw error;
          await put({ ...visit, status: 'conflict', problem: error.message, existing: error.existing });
        }
      }
    } finally {
      sending = null;
    }
  })();
  return sending;
}

/** Sends waiting visits whenever the network comes back, and once now. */
export function sendWhenOnline(): () => void {
  const online = () => void sendWaiting();
  window.addEventListener('online', online);
  if (navigator.onLine) online();
  return () => window.removeEventListener('online', online);
}
