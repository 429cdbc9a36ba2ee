import { HttpError } from 'react-admin';
import { API_URL } from '../dataProvider';
import { currentLocale } from '../i18n';
import type { ImportCounts } from '../dataProvider';

export type ImportKind = 'enterprises' | 'contacts' | 'memberships' | 'attendees' | 'teacher-practices';

export interface PreviewRow {
  row: number;
  action: 'create' | 'match' | 'invalid';
  matchId?: number;
  matchRow?: number;
  matchedBy?: 'uscc' | 'name' | 'alias' | 'phone' | 'email' | 'file';
  errors?: Record<string, string>;
  /** What a commit writes: labelled cells as their stored value (`private`), the owner as `ownerId` beside the name. */
  values: Record<string, string | number>;
}

export interface ImportPreview {
  id: string;
  kind: ImportKind;
  rows: PreviewRow[];
  counts: ImportCounts;
  /** Headed columns the import leaves out: kept by the server from other records (`derived`), or not recognised. */
  skippedColumns?: { header: string; derived: boolean }[];
}

/**
 * Sends the sheet for a preview. XMLHttpRequest rather than fetch, because only it reports the
 * upload's progress, which a 20 MB file on a slow line needs.
 */
export function uploadForPreview(
  kind: ImportKind,
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const request = new XMLHttpRequest();
    request.open('POST', `${API_URL}/imports/${kind}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept-Language', currentLocale());
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: { message?: string } & Partial<ImportPreview> = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // a proxy's HTML error page: the status says enough
      }
      if (request.status >= 200 && request.status < 300) resolve(body as ImportPreview);
      else reject(new HttpError(body.message ?? request.statusText, request.status, body));
    };
    request.onerror = () => reject(new HttpError('ra.notification.http_error', 0));
    request.send(form);
  });
}
