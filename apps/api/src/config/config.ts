import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from '@crm/domain';

/** The environment the server reads at start; a bad value stops the start with one clear line. */
class EnvironmentSchema {
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  PORT?: number;

  /** The interface the server listens on: 127.0.0.1 behind a proxy on the same machine. */
  @IsOptional()
  @IsString()
  @Matches(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|localhost)$/, {
    message: 'CRM_HOST must be an IP address such as 127.0.0.1 or 0.0.0.0 (or localhost)',
  })
  CRM_HOST?: string;

  /** The address people reach the CRM at; links the server hands out (the calendar, mail, WeChat Work) are built from it. */
  @IsOptional()
  @IsString()
  CRM_PUBLIC_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'DATABASE_PATH must not be empty' })
  DATABASE_PATH?: string;

  /** postgres://user:password@host:port/database selects PostgreSQL; unset, the SQLite file DATABASE_PATH. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** Connections each instance keeps open to PostgreSQL. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'CRM_DB_POOL_SIZE must be a whole number' })
  @Min(1, { message: 'CRM_DB_POOL_SIZE must be between 1 and 200' })
  @Max(200, { message: 'CRM_DB_POOL_SIZE must be between 1 and 200' })
  CRM_DB_POOL_SIZE?: number;

  /** PostgreSQL cancels a statement that runs longer than this (milliseconds). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'CRM_DB_STATEMENT_TIMEOUT_MS must be a whole number' })
  @Min(100, { message: 'CRM_DB_STATEMENT_TIMEOUT_MS must be between 100 and 3600000' })
  @Max(3_600_000, { message: 'CRM_DB_STATEMENT_TIMEOUT_MS must be between 100 and 3600000' })
  CRM_DB_STATEMENT_TIMEOUT_MS?: number;

  /** Checked by the password policy after the schema. */
  @IsOptional()
  @IsString()
  CRM_ADMIN_PASSWORD?: string;

  /** Origins, comma-separated, whose pages may call the API with the user's cookie (CORS); none by default. */
  @IsOptional()
  @IsString()
  @Matches(/^\s*(https?:\/\/[^/,\s]+\s*(,\s*https?:\/\/[^/,\s]+\s*)*)?$/, {
    message: 'CRM_CORS_ORIGINS must be origins such as https://crm.example.edu.cn, separated by commas',
  })
  CRM_CORS_ORIGINS?: string;

  /** Set behind a reverse proxy: 1 (or true) trusts one hop's X-Forwarded-For and X-Forwarded-Proto; or Express's list of trusted addresses. */
  @IsOptional()
  @IsString()
  CRM_TRUST_PROXY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'CRM_TOKEN_SECRET must be at least 32 characters' })
  CRM_TOKEN_SECRET?: string;

  @IsOptional()
  @IsIn(['0', '1', 'true', 'false', ''], { message: 'CRM_DEMO_DATA must be 1 or 0' })
  CRM_DEMO_DATA?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'CRM_TOKEN_HOURS must be a whole number' })
  @Min(1, { message: 'CRM_TOKEN_HOURS must be at least 1' })
  @Max(720, { message: 'CRM_TOKEN_HOURS must be at most 720' })
  CRM_TOKEN_HOURS?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'CRM_EXPIRY_DAYS must be a whole number' })
  @Min(1, { message: 'CRM_EXPIRY_DAYS must be between 1 and 730' })
  @Max(730, { message: 'CRM_EXPIRY_DAYS must be between 1 and 730' })
  CRM_EXPIRY_DAYS?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'CRM_SEARCH_COUNT_CAP must be a whole number' })
  @Min(1, { message: 'CRM_SEARCH_COUNT_CAP must be between 1 and 1000000' })
  @Max(1_000_000, { message: 'CRM_SEARCH_COUNT_CAP must be between 1 and 1000000' })
  CRM_SEARCH_COUNT_CAP?: number;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'CRM_FILES_PATH must not be empty' })
  CRM_FILES_PATH?: string;

  /** smtp://user:pass@host:port (STARTTLS where the server offers it) or smtps://; unset, no mail is sent. */
  @IsOptional()
  @IsString()
  CRM_SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^(.*<\s*)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+(\s*>)?$/, {
    message: 'CRM_MAIL_FROM must be an address such as crm@example.edu.cn or "CRM <crm@example.edu.cn>"',
  })
  CRM_MAIL_FROM?: string;

  /** The school's WeChat Work group robot (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…); unset, none. */
  @IsOptional()
  @IsString()
  CRM_WECOM_WEBHOOK?: string;

  @IsOptional()
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'CRM_DIGEST_AT must be a time of day such as 08:00 (China time)' })
  CRM_DIGEST_AT?: string;
}

/** Which database the server runs on: the SQLite file (the default) or a PostgreSQL server. */
export type DatabaseTarget =
  | { engine: 'sqlite'; path: string }
  | { engine: 'postgres'; url: string; poolSize: number; statementTimeoutMs: number };

export interface AppConfig {
  port: number;
  /** The interface to listen on; undefined: every interface (Node's default). */
  host?: string;
  /** The CRM's public origin (scheme, host, port, any path prefix, no trailing slash), never read from a request's Host header. */
  publicUrl: string;
  /** The SQLite file; with PostgreSQL, still where the token secret and files are kept unless told otherwise. */
  databasePath: string;
  database: DatabaseTarget;
  adminPassword?: string;
  /**
   * CRM_TOKEN_SECRET, or on SQLite the secret kept beside the database; null on PostgreSQL without
   * it, where every instance shares the one kept in the database (database/token-secret.ts).
   */
  tokenSecret: string | null;
  tokenHours: number;
  demoData: boolean;
  /** Origins allowed by CORS and as the Origin of cookie-authorised writes, besides the server's own. */
  corsOrigins: string[];
  /** Express's `trust proxy`: false, a number of hops, or trusted addresses. */
  trustProxy: false | number | string;
  /** Agreements ending within this many days are flagged and get a renewal task. */
  expiryDays: number;
  /** A search's total is counted up to this many records; more answer the cap with a "+" (common/list-query.ts). */
  searchCountCap: number;
  /** Where attachment bytes live (content-addressed), shared by every instance. */
  filesPath: string;
  notifications: NotificationConfig;
}

/** Where notifications leave the CRM besides the app: each channel unset is off. */
export interface NotificationConfig {
  smtpUrl?: string;
  mailFrom: string;
  wecomWebhook?: string;
  /** When the daily digest goes out, China time, as minutes after midnight. */
  digestAtMinutes: number;
}

export class ConfigError extends Error {}

/** The start stops with one English line for the operator, like every other configuration error. */
const ADMIN_PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  blank: 'must not be only spaces',
  username: 'must not be the username',
  fewCharacters: 'must use more than two different characters',
  run: 'must not be a run of consecutive characters',
  common: 'is one of the most common passwords',
};

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Reads and checks the environment; throws ConfigError with one readable line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = parseEnvironment(env);
  const adminPasswordProblem =
    parsed.CRM_ADMIN_PASSWORD === undefined ? null : passwordProblem(parsed.CRM_ADMIN_PASSWORD, 'admin');
  if (adminPasswordProblem)
    throw new ConfigError(`CRM_ADMIN_PASSWORD ${ADMIN_PASSWORD_PROBLEMS[adminPasswordProblem]}`);
  const databasePath = resolve(parsed.DATABASE_PATH ?? 'data/crm.sqlite');
  const port = parsed.PORT ?? 3000;
  const database = databaseTarget(parsed, databasePath);
  return {
    port,
    host: parsed.CRM_HOST,
    publicUrl: publicUrl(parsed.CRM_PUBLIC_URL, port),
    databasePath,
    database,
    adminPassword: parsed.CRM_ADMIN_PASSWORD,
    tokenSecret: parsed.CRM_TOKEN_SECRET ?? (database.engine === 'sqlite' ? storedTokenSecret(databasePath) : null),
    tokenHours: parsed.CRM_TOKEN_HOURS ?? 12,
    demoData: parsed.CRM_DEMO_DATA === '1' || parsed.CRM_DEMO_DATA === 'true',
    corsOrigins: (parsed.CRM_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustProxy: trustProxy(parsed.CRM_TRUST_PROXY),
    expiryDays: parsed.CRM_EXPIRY_DAYS ?? 90,
    searchCountCap: parsed.CRM_SEARCH_COUNT_CAP ?? 10_000,
    filesPath: resolve(parsed.CRM_FILES_PATH ?? resolve(dirname(databasePath), 'files')),
    notifications: {
      smtpUrl: smtpUrl(parsed.CRM_SMTP_URL),
      mailFrom: parsed.CRM_MAIL_FROM?.trim() || 'crm@localhost',
      wecomWebhook: httpUrl(
        'CRM_WECOM_WEBHOOK',
        parsed.CRM_WECOM_WEBHOOK,
        'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
      ),
      digestAtMinutes: digestAt(parsed.CRM_DIGEST_AT),
    },
  };
}

function parseEnvironment(env: NodeJS.ProcessEnv): EnvironmentSchema {
  const parsed = plainToInstance(EnvironmentSchema, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(parsed, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const first = errors[0];
    const constraints = first.constraints ?? {};
    // "abc" also fails Min and Max; say what is really wrong (not a number) rather than the range
    const message = constraints.isInt ?? Object.values(constraints)[0];
    throw new ConfigError(message ?? `${first.property} is invalid`);
  }
  return parsed;
}

/** Only the database the environment names (for the backup and restore commands); throws ConfigError as loadConfig does. */
export function loadDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const parsed = parseEnvironment(env);
  return databaseTarget(parsed, resolve(parsed.DATABASE_PATH ?? 'data/crm.sqlite'));
}

/** The database as it may be printed: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseName(target: DatabaseTarget): string {
  if (target.engine === 'sqlite') return target.path;
  const url = new URL(target.url);
  url.password = '';
  return url.toString();
}

function databaseTarget(parsed: EnvironmentSchema, databasePath: string): DatabaseTarget {
  const text = parsed.DATABASE_URL?.trim() ?? '';
  if (text === '') return { engine: 'sqlite', path: databasePath };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL such as postgres://crm@db.example.edu.cn:5432/crm');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new ConfigError(`DATABASE_URL must start with postgres:// (not ${url.protocol}//)`);
  if (!url.hostname)
    throw new ConfigError('DATABASE_URL must name the host, as in postgres://crm@db.example.edu.cn:5432/crm');
  if (url.pathname.length <= 1)
    throw new ConfigError('DATABASE_URL must name the database, as in postgres://crm@db.example.edu.cn:5432/crm');
  return {
    engine: 'postgres',
    url: text,
    poolSize: parsed.CRM_DB_POOL_SIZE ?? 10,
    statementTimeoutMs: parsed.CRM_DB_STATEMENT_TIMEOUT_MS ?? 30_000,
  };
}

/** An http(s) address given in the environment, without a trailing slash; undefined when unset. */
export function httpUrl(name: string, value: string | undefined, example: string): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${name} must be an address such as ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${name} must start with http:// or https:// (not ${url.protocol}//)`);
  return text.replace(/\/+$/, '');
}

/** http(s)://host[:port][/path], without query or fragment; unset, the local address of PORT. */
function publicUrl(value: string | undefined, port: number): string {
  const text = value?.trim() ?? '';
  if (text === '') return `http://localhost:${port}`;
  const problem = 'CRM_PUBLIC_URL must be the address people open, such as https://crm.example.edu.cn';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(problem);
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !url.hostname ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  )
    throw new ConfigError(problem);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function smtpUrl(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError('CRM_SMTP_URL must be a URL such as smtp://user:password@mail.example.edu.cn:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError(`CRM_SMTP_URL must start with smtp:// or smtps:// (not ${url.protocol}//)`);
  if (!url.hostname)
    throw new ConfigError('CRM_SMTP_URL must name the host, as in smtp://user:password@mail.example.edu.cn:587');
  return text;
}

function digestAt(value: string | undefined): number {
  const [hours, minutes] = (value?.trim() || '08:00').split(':').map(Number);
  return hours * 60 + minutes;
}

function trustProxy(value: string | undefined): false | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === 'true') return 1;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/**
 * Without CRM_TOKEN_SECRET the secret is generated once and kept beside the database, so tokens
 * survive a restart; several instances must share one given through the environment.
 */
function storedTokenSecret(databasePath: string): string {
  const file = resolve(dirname(databasePath), 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
