import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { RuntimeConfig } from './config/runtime-config.js';
import { createValidationPipe } from './common/errors/validation.js';
import { PinoNestLogger, requestLogger } from './common/http/logger.js';
import { parseJsonBody, requireJsonBody } from './common/http/json-body.js';
import { noStoreForPersonalData } from './common/http/cache-control.js';
import { staticClient } from './common/http/static-client.js';
import { assertEveryRouteDeclared } from './common/auth/permission-check.js';
import { createOpenApiDocument } from './openapi/document.js';

/** Builds the HTTP app around an initialised, migrated data source (used by main and the e2e tests). */
export async function createApp(
  config: RuntimeConfig,
  dataSource: DataSource,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  // No route is served without an entry in the permission table.
  assertEveryRouteDeclared(app);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestLogger(logger));
  app.use(
    fixedHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            'script-src': ["'self'"],
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:'],
            // Helmet's default would make browsers fetch the scripts over https even when the
            // app is served over plain http (e.g. http://192.168.1.10:3000): a blank page.
            'upgrade-insecure-requests': null,
          },
        },
        // HSTS only when the operator says browsers reach the app over HTTPS (HSTS=true).
        strictTransportSecurity: config.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      }),
    ),
  );
  app.use('/api', noStoreForPersonalData(), requireJsonBody(), ...parseJsonBody('1mb'));
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['Content-Range', 'X-Request-Id'] });
  }
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  const client = staticClient(config.clientDir);
  if (client) app.use(client);
  return app;
}

type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/**
 * The headers a middleware sets, worked out once and set as they are on
 * every response. For helmet, whose headers depend only on its options here
 * (no nonces): it would otherwise rebuild them, the policy string included,
 * for every request (6-7 % of a cheap request's CPU, issue 19).
 */
export function fixedHeaders(middleware: Middleware): Middleware {
  const headers = new Map<string, string | number | readonly string[]>();
  const removed = new Set<string>();
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, value),
    removeHeader: (name: string) => removed.add(name),
    getHeader: () => undefined,
  } as unknown as Response;
  let synchronous = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as Request, probe, (error) => {
    if (error)
      throw error instanceof Error ? error : new Error('fixedHeaders: the middleware failed', { cause: error });
    synchronous = true;
  });
  if (!synchronous) throw new Error('fixedHeaders: the middleware did not finish synchronously');
  const entries = [...headers];
  return (_req, res, next) => {
    for (const [name, value] of entries) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
