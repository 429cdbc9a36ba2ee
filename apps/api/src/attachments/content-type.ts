import { fromBuffer } from 'file-type';
import { CONTROL_CHARACTERS } from '../common/request-guards';

/**
 * What a browser may show in the CRM's own origin: types it renders without running anything.
 * Everything else (HTML, SVG, scripts, archives…) is a download of opaque bytes.
 */
const SHOWN_INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain']);

/** Valid UTF-8 without NUL or other control characters (tab and line breaks allowed) reads as plain text. */
function isPlainText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  try {
    // a multi-byte character cut at the end of the head is not a reason to refuse
    new TextDecoder('utf-8', { fatal: true }).decode(
      bytes.length > head.length ? head.subarray(0, head.length - 4) : head,
    );
    return true;
  } catch {
    return false;
  }
}

/** The type the bytes themselves show; the client's declared type is never trusted (an uploaded `.js` called `text/javascript`). */
export async function sniffContentType(bytes: Buffer): Promise<string> {
  const found = await fromBuffer(bytes);
  if (found) return found.mime;
  return bytes.length > 0 && isPlainText(bytes) ? 'text/plain' : 'application/octet-stream';
}

/** How a stored file goes back out: inline only for the allow-list, otherwise a download of opaque bytes. */
export function servedAs(contentType: string): { type: string; inline: boolean } {
  if (!SHOWN_INLINE.has(contentType)) return { type: 'application/octet-stream', inline: false };
  return { type: contentType === 'text/plain' ? 'text/plain; charset=utf-8' : contentType, inline: true };
}

const UNSAFE_IN_NAMES = new RegExp(`${CONTROL_CHARACTERS.source}|[\\t\\n\\r\\u0080-\\u009F]`, 'gu');

/** A file name as it may be shown and sent in a header: no control or bidi characters ("txt.exe" read as "exe.txt"). */
export function cleanFileName(name: string): string {
  return name.replace(UNSAFE_IN_NAMES, '').trim().slice(0, 255) || 'file';
}
