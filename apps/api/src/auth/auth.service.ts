import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { Locale, Role } from '@crm/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Staff } from '../staff/staff.entity';
import { Actor } from './actor';
import { DECOY_HASH, generatePassword, hashPassword, verifyPassword } from './password';
import { msg } from '../common/i18n';

/** The live account a token names (portable SQL; parameters bound by the driver). */
const ACCOUNT_SQL = 'SELECT "id", "name", "role", "active", "username" FROM "staff" WHERE "id" = :id AND "deletedAt" IS NULL';

interface TokenClaims {
  sub: number;
  name: string;
  role: Role;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The same 401 for an unknown user, a wrong password or a disabled account: no hint which. */
  async login(username: string, password: string): Promise<{ token: string; user: Actor & { locale: Locale | null } }> {
    const staff = await this.dataSource.getRepository(Staff).findOne({ where: { username } });
    const matches = await verifyPassword(password, staff?.passwordHash ?? DECOY_HASH);
    if (!staff || !matches || !staff.active || !staff.role) throw new UnauthorizedException({ message: msg('auth.badCredentials') });
    const user: Actor = { id: staff.id, name: staff.name, role: staff.role };
    const token = await this.jwt.signAsync({ sub: user.id, name: user.name, role: user.role } satisfies TokenClaims);
    return { token, user: { ...user, locale: staff.locale } };
  }

  /**
   * The staff member a token speaks for, as stored now: a deactivated or deleted account, or one
   * whose login was taken away, is refused at once rather than when its token expires, and a new
   * role applies from the next request. One primary-key read per request.
   */
  async verify(token: string): Promise<Actor | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    // On every request, so plain SQL rather than an entity query: TypeORM's query building costs more than the lookup.
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(ACCOUNT_SQL, { id: claims.sub });
    const [staff]: Pick<Staff, 'id' | 'name' | 'role' | 'active' | 'username'>[] = await this.dataSource.query(sql, parameters);
    if (!staff || !staff.active || !staff.role || !staff.username) return null;
    return { id: staff.id, name: staff.name, role: staff.role };
  }

  get tokenMaxAgeMs(): number {
    return this.config.tokenHours * 3600_000;
  }

  /** On a database without any login, creates `admin`; its password comes from the environment or is printed once. */
  async ensureAdmin(): Promise<void> {
    const staff = this.dataSource.getRepository(Staff);
    if (await staff.exists({ where: { username: 'admin' }, withDeleted: true })) return;
    const password = this.config.adminPassword ?? generatePassword();
    await staff.save(staff.create({ name: 'Administrator', username: 'admin', role: 'admin', active: true, passwordHash: await hashPassword(password) }));
    if (this.config.adminPassword) this.logger.log('Created the admin account with the password from CRM_ADMIN_PASSWORD.');
    else this.logger.warn(`Created the admin account. Username: admin  Password: ${password}  (shown once; change it after logging in)`);
  }
}
