import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  let dir: string;
  let base: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crm-config-'));
    base = { DATABASE_PATH: join(dir, 'crm.sqlite') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The one line a bad environment stops the start with. */
  function failure(env: Record<string, string>): string {
    try {
      loadConfig({ ...base, ...env });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('the environment was accepted');
  }

  it('has defaults for everything but the database path given', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      databasePath: base.DATABASE_PATH,
      tokenHours: 12,
      demoData: false,
      adminPassword: undefined,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...base,
      PORT: '8080',
      CRM_ADMIN_PASSWORD: 'long enough',
      CRM_TOKEN_SECRET: 'x'.repeat(32),
      CRM_DEMO_DATA: '1',
      CRM_TOKEN_HOURS: '24',
    });
    expect(config).toMatchObject({
      port: 8080,
      adminPassword: 'long enough',
      tokenSecret: 'x'.repeat(32),
      demoData: true,
      tokenHours: 24,
    });
  });

  it('reads the dashboard’s public address for the links it sends, and refuses one that is not http(s)', () => {
    expect(loadConfig(base).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ ...base, CRM_PUBLIC_URL: 'https://crm.example.edu.cn/' }).publicUrl).toBe(
      'https://crm.example.edu.cn',
    );
    expect(failure({ CRM_PUBLIC_URL: 'crm.example.edu.cn' })).toBe(
      'CRM_PUBLIC_URL must be the address people open, such as https://crm.example.edu.cn',
    );
    expect(failure({ CRM_PUBLIC_URL: 'ftp://crm.example.edu.cn' })).toBe(
      'CRM_PUBLIC_URL must be the address people open, such as https://crm.example.edu.cn',
    );
  });

  it('reads the notification channels and stops at a bad one with one line', () => {
    expect(loadConfig(base).notifications).toEqual({
      smtpUrl: undefined,
      mailFrom: 'crm@localhost',
      wecomWebhook: undefined,
      digestAtMinutes: 8 * 60,
    });
    expect(
      loadConfig({
        ...base,
        CRM_SMTP_URL: 'smtp://crm:secret@mail.example.edu.cn:587',
        CRM_MAIL_FROM: 'CRM <crm@example.edu.cn>',
        CRM_WECOM_WEBHOOK: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
        CRM_DIGEST_AT: '07:30',
      }).notifications,
    ).toEqual({
      smtpUrl: 'smtp://crm:secret@mail.example.edu.cn:587',
      mailFrom: 'CRM <crm@example.edu.cn>',
      wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      digestAtMinutes: 450,
    });
    expect(failure({ CRM_SMTP_URL: 'mail.example.edu.cn' })).toBe(
      'CRM_SMTP_URL must be a URL such as smtp://user:password@mail.example.edu.cn:587',
    );
    expect(failure({ CRM_SMTP_URL: 'http://mail.example.edu.cn' })).toBe(
      'CRM_SMTP_URL must start with smtp:// or smtps:// (not http://)',
    );
    expect(failure({ CRM_MAIL_FROM: 'crm' })).toContain('CRM_MAIL_FROM must be an address');
    expect(failure({ CRM_WECOM_WEBHOOK: 'qyapi.weixin.qq.com' })).toContain(
      'CRM_WECOM_WEBHOOK must be an address such as',
    );
    expect(failure({ CRM_DIGEST_AT: '8 am' })).toBe('CRM_DIGEST_AT must be a time of day such as 08:00 (China time)');
  });

  it('treats an empty PORT as unset', () => {
    expect(loadConfig({ ...base, PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['abc', 'PORT must be a whole number'],
    ['80.5', 'PORT must be a whole number'],
    ['0', 'PORT must be between 1 and 65535'],
    ['70000', 'PORT must be between 1 and 65535'],
    ['-1', 'PORT must be between 1 and 65535'],
  ])('stops on PORT=%s with "%s"', (port, message) => {
    expect(failure({ PORT: port })).toBe(message);
  });

  it('stops on other bad values with a line naming the variable', () => {
    expect(failure({ CRM_ADMIN_PASSWORD: 'short' })).toBe('CRM_ADMIN_PASSWORD must be at least 10 characters');
    expect(failure({ CRM_ADMIN_PASSWORD: 'password123' })).toBe(
      'CRM_ADMIN_PASSWORD is one of the most common passwords',
    );
    expect(failure({ CRM_CORS_ORIGINS: 'not an origin' })).toMatch(/^CRM_CORS_ORIGINS must be origins/);
    expect(failure({ CRM_TOKEN_SECRET: 'too short' })).toBe('CRM_TOKEN_SECRET must be at least 32 characters');
    expect(failure({ CRM_DEMO_DATA: 'yes' })).toBe('CRM_DEMO_DATA must be 1 or 0');
    expect(failure({ CRM_TOKEN_HOURS: '0' })).toBe('CRM_TOKEN_HOURS must be at least 1');
    expect(failure({ CRM_TOKEN_HOURS: 'soon' })).toBe('CRM_TOKEN_HOURS must be a whole number');
    expect(failure({ CRM_EXPIRY_DAYS: '0' })).toBe('CRM_EXPIRY_DAYS must be between 1 and 730');
    expect(failure({ CRM_EXPIRY_DAYS: 'ninety' })).toBe('CRM_EXPIRY_DAYS must be a whole number');
  });

  it('runs on the SQLite file unless DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig(base).database).toEqual({ engine: 'sqlite', path: base.DATABASE_PATH });
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://crm:secret@db.example.edu.cn:5432/crm' }).database).toEqual({
      engine: 'postgres',
      url: 'postgres://crm:secret@db.example.edu.cn:5432/crm',
      poolSize: 10,
      statementTimeoutMs: 30_000,
    });
    expect(
      loadConfig({
        ...base,
        DATABASE_URL: 'postgresql://crm@localhost/crm',
        CRM_DB_POOL_SIZE: '40',
        CRM_DB_STATEMENT_TIMEOUT_MS: '5000',
      }).database,
    ).toMatchObject({ poolSize: 40, statementTimeoutMs: 5000 });
  });

  it('stops on a bad database URL or pool setting with one line', () => {
    expect(failure({ DATABASE_URL: 'not a url' })).toBe(
      'DATABASE_URL must be a URL such as postgres://crm@db.example.edu.cn:5432/crm',
    );
    expect(failure({ DATABASE_URL: 'mysql://crm@localhost/crm' })).toBe(
      'DATABASE_URL must start with postgres:// (not mysql://)',
    );
    expect(failure({ DATABASE_URL: 'postgres://crm@localhost' })).toBe(
      'DATABASE_URL must name the database, as in postgres://crm@db.example.edu.cn:5432/crm',
    );
    expect(failure({ DATABASE_URL: 'postgres://crm@localhost/crm', CRM_DB_POOL_SIZE: '0' })).toBe(
      'CRM_DB_POOL_SIZE must be between 1 and 200',
    );
    expect(failure({ DATABASE_URL: 'postgres://crm@localhost/crm', CRM_DB_STATEMENT_TIMEOUT_MS: 'long' })).toBe(
      'CRM_DB_STATEMENT_TIMEOUT_MS must be a whole number',
    );
  });

  it('warns of expiring agreements 90 days ahead and keeps files beside the database unless told otherwise', () => {
    expect(loadConfig(base)).toMatchObject({ expiryDays: 90, filesPath: join(dir, 'files') });
    expect(loadConfig({ ...base, CRM_EXPIRY_DAYS: '30', CRM_FILES_PATH: join(dir, 'shared') })).toMatchObject({
      expiryDays: 30,
      filesPath: join(dir, 'shared'),
    });
  });

  it('builds links from CRM_PUBLIC_URL, never from a request, and listens where CRM_HOST says', () => {
    expect(loadConfig(base)).toMatchObject({ publicUrl: 'http://localhost:3000', host: undefined });
    expect(
      loadConfig({ ...base, CRM_PUBLIC_URL: 'https://crm.example.edu.cn/partners/', CRM_HOST: '127.0.0.1' }),
    ).toMatchObject({ publicUrl: 'https://crm.example.edu.cn/partners', host: '127.0.0.1' });
    expect(failure({ CRM_PUBLIC_URL: 'crm.example.edu.cn' })).toMatch(
      /^CRM_PUBLIC_URL must be the address people open/,
    );
    expect(failure({ CRM_PUBLIC_URL: 'javascript:alert(1)' })).toMatch(/^CRM_PUBLIC_URL must be/);
    expect(failure({ CRM_PUBLIC_URL: 'https://crm.example.edu.cn/?next=evil' })).toMatch(/^CRM_PUBLIC_URL must be/);
    expect(failure({ CRM_HOST: 'every interface' })).toMatch(/^CRM_HOST must be an IP address/);
  });

  it('leaves the token secret to the database on PostgreSQL without CRM_TOKEN_SECRET, so every instance shares one', () => {
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://crm@localhost/crm' }).tokenSecret).toBeNull();
    expect(
      loadConfig({ ...base, DATABASE_URL: 'postgres://crm@localhost/crm', CRM_TOKEN_SECRET: 'y'.repeat(32) })
        .tokenSecret,
    ).toBe('y'.repeat(32));
  });

  it('generates a token secret beside the database once and keeps it', () => {
    const first = loadConfig(base).tokenSecret;
    const file = join(dir, 'token-secret');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(first!.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(base).tokenSecret).toBe(first);
  });
});
