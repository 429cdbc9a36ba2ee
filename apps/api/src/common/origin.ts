import type { Request } from 'express';

/** This server as the request reached it (behind a trusted proxy, as the proxy says): the start of a link it hands out. */
export function origin(request: Request): string {
  return `${request.protocol}://${request.get('host')}`;
}
