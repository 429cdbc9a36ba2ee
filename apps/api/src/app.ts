import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { AdminAtStart, AuthService } from './auth/auth.service';
import { installRequestGuards } from './common/request-guards';
import { AppConfig } from './config/config';
import { useSearchCountCap } from './common/list-query';
import { DemoService } from './demo/demo.service';
import { setUpOpenApi } from './openapi';

/**
 * The Content-Security-Policy the dashboard and Swagger UI work under: scripts only from this
 * server (no inline script anywhere), styles also inline (MUI's emotion and Swagger UI insert
 * style elements), images also as data: URLs, no framing, no plugins.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** The largest request line and headers taken: 20,000 ids in a URL-encoded filter, with room for cookies. */
const MAX_REQUEST_HEAD = 256 * 1024;

/**
 * The headers a middleware sets, worked out once and set as they are on every response: helmet's,
 * with a fixed policy, never depend on the request, and its twelve middlewares in a row cost each
 * request more than the dozen setHeader calls. Refuses a middleware that does not answer at once.
 */
function fixedHeaders(
  middleware: (request: Request, response: Response, next: (error?: unknown) => void) => void,
): RequestHandler {
  const headers: [string, string][] = [];
  let done = false;
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => undefined,
  } as unknown as Response;
  middleware({} as Request, recorder, (error) => {
    if (error) throw error;
    done = true;
  });
  if (!done || headers.length === 0) throw new Error('The security headers could not be worked out once.');
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}

/** Builds the whole server as production runs it; tests call this too, with their own config. */
export async function createApp(
  config: AppConfig,
  logger: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  useSearchCountCap(config.searchCountCap);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  // Node refuses a request line and headers over 16 kB (431); a list filtered by the ids behind an
  // annual-report figure (MAX_ID_LIST) needs more. Read by each new connection's parser.
  (app.getHttpServer() as { maxHeaderSize?: number }).maxHeaderSize = MAX_REQUEST_HEAD;
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // HSTS only means something over HTTPS, which a proxy in front decides; a school LAN on plain HTTP must not be locked out
  app.use(
    fixedHeaders(
      helmet({
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        strictTransportSecurity: false,
        frameguard: { action: 'deny' },
      }),
    ),
  );
  installRequestGuards(app);
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  // closed unless origins are listed: the dashboard is served from this same origin and needs no CORS
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      exposedHeaders: ['Content-Range', 'X-Total-Count'],
    });
  // Express would hash every JSON body for an ETag that no client of this API sends back
  app.set('etag', false);

  setUpOpenApi(app);

  const admin = await app.get(AuthService).ensureAdmin();
  if (config.demoData) await app.get(DemoService).loadIfEmpty();
  app.enableShutdownHooks();
  Logger.flush();
  startNotes.set(app, admin);
  return app;
}

const startNotes = new WeakMap<INestApplication, AdminAtStart>();

/**
 * What the start log must end with, set apart from the route lines: a generated admin password
 * (shown once), or word that CRM_ADMIN_PASSWORD brought the admin back. Empty when nothing happened.
 */
export function adminNotice(app: INestApplication): string {
  const admin = startNotes.get(app);
  if (!admin?.action) return '';
  const verb = admin.action === 'created' ? 'Created' : 'Restored';
  if (!admin.generatedPassword) return `${verb} the admin account "admin" with the password from CRM_ADMIN_PASSWORD.`;
  const lines = [
    `${verb} the administrator account. Log in with:`,
    '',
    `  username:  admin`,
    `  password:  ${admin.generatedPassword}`,
    '',
    'This password is shown only once. You will be asked to change it at first login.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '═'.repeat(width + 4);
  return ['', `╔${rule}╗`, ...lines.map((line) => `║  ${line.padEnd(width)}  ║`), `╚${rule}╝`, ''].join('\n');
}
