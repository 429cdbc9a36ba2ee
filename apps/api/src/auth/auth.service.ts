import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager, LessThan, MoreThan } from 'typeorm';
import { passwordProblem, type Locale, type Role } from '@crm/domain';
import { AuditService } from '../common/audit.service';
import { fieldErrors } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Dialect, dialectOf } from '../database/dialect';
import { WriteQueue } from '../database/write-queue';
import { Staff } from '../staff/staff.entity';
import { Actor } from '../common/actor';
import { LoginFailure } from './login-failure.entity';
import { Session } from '../staff/session.entity';
import { DECOY_HASH, generatePassword, hashPassword, passwordMessage, verifyPassword } from '../staff/password';
import { msg, translate } from '../common/i18n';

/** The live account a token names (portable SQL; parameters bound by the driver). */
const ACCOUNT_SQL =
  'SELECT "staff"."id", "name", "role", "active", "username", "unitId", "sessionVersion", "mustChangePassword" FROM "staff" ' +
  'INNER JOIN "sessions" ON "sessions"."id" = :sid AND "sessions"."staffId" = "staff"."id" AND "sessions"."endedAt" IS NULL ' +
  'WHERE "staff"."id" = :id AND "staff"."deletedAt" IS NULL';

interface TokenClaims {
  sub: number;
  /** The login (a row of `sessions`) the token belongs to; a logout ends it. */
  sid: number;
  /** The account's session version when the token was made; a raised one ends every session of the account. */
  sv: number;
}

/**
 * Login throttle, failures counted within the window: per username from one address (10: that
 * address is refused for that account), per username from every address together (100: a stranger
 * alone cannot lock an account out for everyone, a crowd guessing it still is stopped) and per
 * address whatever the username (30).
 */
export const THROTTLE = { windowMs: 15 * 60_000, perUsernameAndAddress: 10, perUsername: 100, perAddress: 30 };

export interface LoginAnswer {
  token: string;
  user: Actor & { mustChangePassword: boolean; locale: Locale | null };
}

/** The admin account a start created or brought back, and its password when it was generated. */
export interface AdminAtStart {
  action: 'created' | 'restored' | null;
  generatedPassword: string | null;
}

/** Tokens whose signature was checked, and sessions whose account was read, kept at most: about as many as people use the server at once. */
const VERIFIED_TOKENS_KEPT = 1000;

/** A live session: who it speaks for, and whether its password was chosen by someone else (and not changed since). */
type Authenticated = { actor: Actor; sessionId: number; mustChangePassword: boolean };

@Injectable()
export class AuthService {
  private readonly verifiedTokens = new Map<string, TokenClaims & { exp: number }>();
  /** The answer of the account check per session and session version, with the database's change mark when it was read. */
  private readonly accounts = new Map<string, { mark: string; answer: Authenticated | null }>();
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /**
   * The same 401 for an unknown user, a wrong password or a disabled account: no hint which. After
   * too many failures for the username or from the address, 429 before any password is checked.
   */
  async login(username: string, password: string, address: string): Promise<LoginAnswer> {
    await this.refuseIfThrottled(username, address);
    const staff = await this.dataSource.getRepository(Staff).findOne({ where: { username } });
    const matches = await verifyPassword(password, staff?.passwordHash ?? DECOY_HASH);
    if (!staff || !matches || !staff.active || !staff.role) {
      await this.recordFailure(username, address, staff?.id ?? 0, null);
      throw new UnauthorizedException({ message: msg('auth.badCredentials') });
    }
    const user: Actor = {
      id: staff.id,
      name: staff.name,
      username: staff.username ?? undefined,
      role: staff.role,
      unitId: staff.unitId,
    };
    const token = await this.writes.transaction(async (manager) => {
      // a success forgets the username's failures; the address keeps its count
      await manager.delete(LoginFailure, { username });
      await manager.delete(LoginFailure, { at: LessThan(new Date(Date.now() - THROTTLE.windowMs)) });
      await manager.delete(Session, { expiresAt: LessThan(new Date()) });
      await this.audit.record(manager, {
        actor: user,
        resource: 'staff',
        recordId: staff.id,
        action: 'login',
        before: null,
        after: { address },
      });
      return this.startSession(manager, staff.id, staff.sessionVersion);
    });
    return { token, user: { ...user, mustChangePassword: staff.mustChangePassword, locale: staff.locale } };
  }

  /** A failed login or a wrong current password, counted by the throttle and kept in the audit trail. */
  private recordFailure(username: string, address: string, staffId: number, actor: Actor | null): Promise<void> {
    return this.writes.transaction(async (manager) => {
      await manager.insert(LoginFailure, {
        username: username.slice(0, 60),
        address: address.slice(0, 64),
        at: new Date(),
      });
      await this.audit.record(manager, {
        actor,
        resource: 'staff',
        recordId: staffId,
        action: 'login_failed',
        before: null,
        after: { username, address },
      });
    });
  }

  private async refuseIfThrottled(username: string, address: string): Promise<void> {
    const since = new Date(Date.now() - THROTTLE.windowMs);
    const failures = this.dataSource.getRepository(LoginFailure);
    const checks: [Record<string, string>, number][] = [
      [{ username, address }, THROTTLE.perUsernameAndAddress],
      [{ username }, THROTTLE.perUsername],
      [{ address }, THROTTLE.perAddress],
    ];
    for (const [who, limit] of checks) {
      const recent = await failures.find({
        where: { ...who, at: MoreThan(since) },
        order: { at: 'DESC' },
        take: limit,
        select: { at: true },
      });
      if (recent.length < limit) continue;
      // open again when the oldest of the last `limit` failures leaves the window
      const oldest = recent[recent.length - 1].at;
      const retryAfter = Math.max(1, Math.ceil((oldest.getTime() + THROTTLE.windowMs - Date.now()) / 1000));
      throw new HttpException(
        { message: msg('security.tooManyLogins', { minutes: Math.ceil(retryAfter / 60) }), retryAfter },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /**
   * The staff member a token speaks for, as stored now: a deactivated or deleted account, one whose
   * login was taken away, or a token older than the account's last logout, password or role change
   * is refused at once: one primary-key read, unless nothing was written since the last one. With
   * the account, whether it must change its password before anything else.
   */
  async session(token: string): Promise<Pick<Authenticated, 'actor' | 'mustChangePassword'> | null> {
    return this.authenticate(token);
  }

  /**
   * The account and the session a token speaks for, or null when either has ended. The answer read
   * for a session is reused only while the database's change mark (dialect `changeMark`) stays the
   * same: any write at all (a logout, a deactivation, a role or password change, by this server or
   * another process) moves the mark, so the next request asks the database again. The mark is taken
   * before the query, so a write during it only makes the answer stale sooner.
   */
  private async authenticate(token: string): Promise<Authenticated | null> {
    const claims = await this.claimsOf(token);
    if (!claims) return null;
    if (!Number.isSafeInteger(claims.sid) || !Number.isSafeInteger(claims.sub)) return null;
    const key = `${claims.sub}:${claims.sid}:${claims.sv}`;
    const mark = this.dialect.changeMark(this.dataSource);
    const known = mark === null ? undefined : this.accounts.get(key);
    if (known && known.mark === mark) return known.answer;
    const answer = await this.readAccount(claims);
    if (mark !== null) {
      if (this.accounts.size >= VERIFIED_TOKENS_KEPT) this.accounts.clear();
      this.accounts.set(key, { mark, answer });
    }
    return answer;
  }

  /** Plain SQL rather than an entity query: TypeORM's query building costs more than the lookup. */
  private async readAccount(claims: TokenClaims): Promise<Authenticated | null> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(ACCOUNT_SQL, {
      id: claims.sub,
      sid: claims.sid,
    });
    const [staff]: (Pick<Staff, 'id' | 'name' | 'role' | 'active' | 'username' | 'unitId' | 'sessionVersion'> & {
      mustChangePassword: boolean | number;
    })[] = await this.dataSource.query(sql, parameters);
    if (!staff || !staff.active || !staff.role || !staff.username || staff.sessionVersion !== claims.sv) return null;
    // a raw read: SQLite answers a boolean column as 0 or 1
    return {
      actor: { id: staff.id, name: staff.name, username: staff.username, role: staff.role, unitId: staff.unitId },
      sessionId: claims.sid,
      mustChangePassword: !!staff.mustChangePassword,
    };
  }

  /**
   * The claims of a token whose signature holds and that has not expired. Checking the signature
   * (an HMAC) is the dearest part of a request's authentication and its answer never changes for a
   * given token, so it is remembered until the token expires; whether the account and the session
   * still stand is `authenticate`'s to tell.
   */
  private async claimsOf(token: string): Promise<TokenClaims | null> {
    const known = this.verifiedTokens.get(token);
    if (known && Date.now() < known.exp * 1000) return known;
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token);
      if (this.verifiedTokens.size >= VERIFIED_TOKENS_KEPT) this.verifiedTokens.clear();
      if (Number.isFinite(claims.exp)) this.verifiedTokens.set(token, claims);
      return claims;
    } catch {
      this.verifiedTokens.delete(token);
      return null;
    }
  }

  /** Ends the session the token belongs to: that token stops working at once. Without a live token, nothing to end. */
  async logout(token: string): Promise<void> {
    const session = await this.authenticate(token);
    if (!session) return;
    await this.writes.transaction(async (manager) => {
      await manager.update(Session, session.sessionId, { endedAt: new Date() });
      await this.audit.record(manager, {
        actor: session.actor,
        resource: 'staff',
        recordId: session.actor.id,
        action: 'logout',
        before: null,
        after: null,
      });
    });
  }

  /**
   * A user changes their own password: the old one, and every token made before, stop at once.
   * Wrong guesses of the current password count as failed logins of the account, so a stolen
   * session cannot try passwords faster than the login form allows.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<LoginAnswer> {
    const username = actor.username ?? '';
    await this.refuseIfThrottled(username, address);
    const stored = await this.dataSource
      .getRepository(Staff)
      .findOneOrFail({ where: { id: actor.id }, select: { id: true, passwordHash: true } });
    if (!(await verifyPassword(currentPassword, stored.passwordHash ?? DECOY_HASH))) {
      await this.recordFailure(username, address, actor.id, actor);
      throw fieldErrors({ currentPassword: msg('security.notCurrentPassword') }, msg('security.currentPasswordWrong'));
    }
    return this.writes.transaction(async (manager) => {
      const staff = await manager.findOneOrFail(Staff, { where: { id: actor.id } });
      // the password changed between the check and this transaction (another session): check again
      if (staff.passwordHash !== stored.passwordHash)
        throw fieldErrors(
          { currentPassword: msg('security.notCurrentPassword') },
          msg('security.currentPasswordWrong'),
        );
      const problem = passwordProblem(newPassword, staff.username);
      if (problem) throw fieldErrors({ newPassword: passwordMessage(problem) });
      if (await verifyPassword(newPassword, staff.passwordHash ?? DECOY_HASH))
        throw fieldErrors({ newPassword: msg('security.samePassword') });
      const sessionVersion = staff.sessionVersion + 1;
      await manager.update(Staff, staff.id, {
        passwordHash: await hashPassword(newPassword),
        sessionVersion,
        mustChangePassword: false,
        updatedAt: new Date(),
      });
      await this.audit.record(manager, {
        actor,
        resource: 'staff',
        recordId: staff.id,
        action: 'password_change',
        before: null,
        after: null,
      });
      // the client that changed the password goes on, in a new session of the new version
      const token = await this.startSession(manager, staff.id, sessionVersion);
      return { token, user: { ...actor, mustChangePassword: false, locale: staff.locale } };
    });
  }

  async profile(actor: Actor): Promise<LoginAnswer['user']> {
    const staff = await this.dataSource
      .getRepository(Staff)
      .findOneOrFail({ where: { id: actor.id }, select: { id: true, mustChangePassword: true, locale: true } });
    return { ...actor, mustChangePassword: staff.mustChangePassword, locale: staff.locale };
  }

  private async startSession(manager: EntityManager, staffId: number, sessionVersion: number): Promise<string> {
    const now = new Date();
    const { identifiers } = await manager.insert(Session, {
      staffId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.tokenMaxAgeMs),
      endedAt: null,
    });
    return this.jwt.signAsync({
      sub: staffId,
      sid: identifiers[0].id as number,
      sv: sessionVersion,
    } satisfies TokenClaims);
  }

  get tokenMaxAgeMs(): number {
    return this.config.tokenHours * 3600_000;
  }

  /**
   * At start: when no live, active admin exists, the account `admin` is created, or brought back
   * (restored, enabled, made admin) with the password of CRM_ADMIN_PASSWORD or a generated one,
   * which the start log prints last and the dashboard asks to change at first login.
   */
  async ensureAdmin(): Promise<AdminAtStart> {
    return this.writes.transaction(async (manager) => {
      const staff = manager.getRepository(Staff);
      if (await staff.exists({ where: { role: 'admin', active: true } }))
        return { action: null, generatedPassword: null };
      const generatedPassword = this.config.adminPassword ? null : generatePassword();
      const values = {
        role: 'admin' as Role,
        active: true,
        passwordHash: await hashPassword(this.config.adminPassword ?? generatedPassword!),
        mustChangePassword: generatedPassword !== null,
      };
      // the live `admin` (disabled, or no longer an admin), else the one deleted last
      const existing =
        (await staff.findOne({ where: { username: 'admin' } })) ??
        (await staff.findOne({ where: { username: 'admin' }, withDeleted: true, order: { deletedAt: 'DESC' } }));
      if (existing) {
        await staff.update(existing.id, {
          ...values,
          deletedAt: null,
          sessionVersion: existing.sessionVersion + 1,
          version: existing.version + 1,
          updatedAt: new Date(),
        });
        await this.recordAtStart(manager, existing.id, 'restore');
        return { action: 'restored', generatedPassword };
      }
      // named in both languages (every list and history shows this name, whoever reads it): "Administrator 系统管理员"
      const name = `${translate(msg('auth.adminName'), 'en')} ${translate(msg('auth.adminName'), 'zh-CN')}`;
      const created = await staff.save(staff.create({ name, username: 'admin', ...values }));
      await this.recordAtStart(manager, created.id, 'create');
      return { action: 'created', generatedPassword };
    });
  }

  private recordAtStart(manager: EntityManager, id: number, action: 'create' | 'restore'): Promise<void> {
    return this.audit.record(manager, {
      actor: null,
      resource: 'staff',
      recordId: id,
      action,
      before: null,
      after: { username: 'admin', role: 'admin' },
    });
  }
}
