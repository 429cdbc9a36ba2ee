import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { AuthService } from './auth/auth.service';
import { bodyParserErrors } from './common/error.filter';
import { AppConfig } from './config/config';
import { DemoService } from './demo/demo.service';

/** Builds the whole server as production runs it; tests call this too, with their own config. */
export async function createApp(config: AppConfig, logger: LogLevel[] | false = ['log', 'warn', 'error']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false });
  app.useBodyParser('json', { limit: '2mb' });
  app.use(bodyParserErrors);
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.enableCors({ origin: true, credentials: true, exposedHeaders: ['Content-Range', 'X-Total-Count'] });
  app.disable('x-powered-by');
  // Express would hash every JSON body for an ETag that no client of this API sends back
  app.set('etag', false);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Partnership CRM API')
      .setDescription('School–enterprise cooperation: chambers, enterprises, contacts, meetings, outcomes, intakes, tasks. Lists follow ra-data-simple-rest.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await app.get(AuthService).ensureAdmin();
  if (config.demoData) await app.get(DemoService).loadIfEmpty();
  app.enableShutdownHooks();
  Logger.flush();
  return app;
}
