import { HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, LessThan, MoreThan } from 'typeorm';
import type { PublicLinkKind } from '@crm/domain';
import { Clock } from '../common/clock';
import { msg } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TOKEN_SECRET } from '../database/token-secret';
import { WriteQueue } from '../database/write-queue';
import { PublicHit, PublicLink } from './registration.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A token's shape: 43 base64url characters (256 bits); anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The public throttle, per address and link within a window of ten minutes: a room of guests
 * behind one Wi-Fi registers, signs in or answers 60 times (each guest once, a few twice); reading
 * the page comes with it. Unknown tokens are counted per address alone, so guessing stops early.
 */
export const PUBLIC_THROTTLE = { windowMs: 10 * 60_000, writes: 60, reads: 300, misses: 20 };

/** Where each public page lives in the dashboard's guest entry (apps/dashboard/guest.html): the token after the #, so it never reaches a server log. */
const PAGE_OF: Record<PublicLinkKind, string> = {
  registration: 'registration',
  check_in: 'check-in',
  survey: 'survey',
  signup: 'signup',
};

export interface IssuedLink {
  token: string;
  url: string;
  closesAt: string;
  capacity: number | null;
}

/** Issues, finds, closes and throttles the public links. */
@Injectable()
export class PublicLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_SECRET) private readonly tokenSecret: string,
  ) {}

  private tokenOf(nonce: string): string {
    return createHmac('sha256', this.tokenSecret).update(`public:${nonce}`).digest('base64url');
  }

  /** Built from the configured public address (CRM_PUBLIC_URL), never from the request's Host header. */
  url(link: PublicLink): string {
    return `${this.config.publicUrl}/guest.html#/${PAGE_OF[link.kind]}/${this.tokenOf(link.nonce)}`;
  }

  issued(link: PublicLink): IssuedLink {
    return {
      token: this.tokenOf(link.nonce),
      url: this.url(link),
      closesAt: link.closesAt.toISOString(),
      capacity: link.capacity,
    };
  }

  /** A new link of this kind (for this meeting), replacing the live one: the old token answers 404 from now on. */
  async open(
    manager: EntityManager,
    kind: PublicLinkKind,
    meetingId: number | null,
    closesAt: Date,
    capacity: number | null,
  ): Promise<PublicLink> {
    const now = this.clock.now();
    // eslint-disable-next-line no-restricted-syntax -- a public link and its throttle counters are access bookkeeping, not records
    await manager.update(
      PublicLink,
      { kind, meetingId: meetingId ?? IsNull(), revokedAt: IsNull() },
      { revokedAt: now },
    );
    const nonce = randomBytes(32).toString('base64url');
    const link = manager.create(PublicLink, {
      kind,
      meetingId,
      nonce,
      tokenHash: sha256(this.tokenOf(nonce)),
      closesAt,
      capacity,
      issuedAt: now,
      revokedAt: null,
    });
    // eslint-disable-next-line no-restricted-syntax -- a public link and its throttle counters are access bookkeeping, not records
    return manager.save(link);
  }

  /** Closes the live link of this kind; true when there was one. */
  async close(manager: EntityManager, kind: PublicLinkKind, meetingId: number | null): Promise<boolean> {
    // eslint-disable-next-line no-restricted-syntax -- a public link and its throttle counters are access bookkeeping, not records
    const result = await manager.update(
      PublicLink,
      { kind, meetingId: meetingId ?? IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return (result.affected ?? 0) > 0;
  }

  /** The live links of a meeting (or the sign-up's, for null), by kind. */
  async liveOf(meetingId: number | null): Promise<PublicLink[]> {
    const links = await this.dataSource.manager.find(PublicLink, {
      where: { meetingId: meetingId ?? IsNull(), revokedAt: IsNull() },
      order: { id: 'ASC' },
    });
    const now = this.clock.now();
    return links.filter((link) => link.closesAt > now);
  }

  /**
   * The live link behind a token, counting the request in the throttle first (in a transaction of
   * its own, so that a refused or failing request is counted all the same). A forged, closed or
   * expired token is a 404 that says nothing more; too many requests a 429 with the seconds to wait.
   */
  async enter(kind: PublicLinkKind, token: string, address: string, write: boolean): Promise<PublicLink> {
    const link = await this.writes.transaction(async (manager) => {
      const now = this.clock.now();
      const found = TOKEN_SHAPE.test(token)
        ? await manager.findOne(PublicLink, { where: { tokenHash: sha256(token), kind } })
        : null;
      if (!found || found.revokedAt || found.closesAt <= now) {
        await this.count(manager, `miss:${address}`, PUBLIC_THROTTLE.misses, now);
        return null;
      }
      await this.count(
        manager,
        `${write ? 'w' : 'r'}:${found.id}:${address}`,
        write ? PUBLIC_THROTTLE.writes : PUBLIC_THROTTLE.reads,
        now,
      );
      return found;
    });
    if (!link) throw new NotFoundException({ message: msg('registrations.noLink') });
    return link;
  }

  /** Refuses with 429 when the scope has had `limit` requests in the window; counts this one otherwise. */
  private async count(manager: EntityManager, scope: string, limit: number, now: Date): Promise<void> {
    const since = new Date(now.getTime() - PUBLIC_THROTTLE.windowMs);
    const recent = await manager.find(PublicHit, {
      where: { scope: scope.slice(0, 120), at: MoreThan(since) },
      order: { at: 'DESC' },
      take: limit,
      select: { id: true, at: true },
    });
    if (recent.length >= limit) {
      // open again when the oldest of the last `limit` requests leaves the window
      const retryAfter = Math.max(
        1,
        Math.ceil((recent[recent.length - 1].at.getTime() + PUBLIC_THROTTLE.windowMs - now.getTime()) / 1000),
      );
      throw new HttpException(
        { message: msg('registrations.tooMany', { minutes: Math.ceil(retryAfter / 60) }), retryAfter },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    // eslint-disable-next-line no-restricted-syntax -- a public link and its throttle counters are access bookkeeping, not records
    await manager.delete(PublicHit, { at: LessThan(since) });
    // eslint-disable-next-line no-restricted-syntax -- a public link and its throttle counters are access bookkeeping, not records
    await manager.insert(PublicHit, { scope: scope.slice(0, 120), at: now });
  }
}
