import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
import { describeRestDialect } from './common/http/openapi.js';
import { assertEveryRouteDeclared } from './common/auth/permission-check.js';

/** Builds the HTTP app around an initialised, migrated data source (used by main and the e2e tests). */
export async function createApp(config: RuntimeConfig, dataSource: DataSource, logger: Logger): Promise<NestExpressApplication> {
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
  );
  app.use('/api', noStoreForPersonalData(), requireJsonBody(), ...parseJsonBody('1mb'));
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['Content-Range', 'X-Request-Id'] });
  }
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const openApi = new DocumentBuilder()
    .setTitle('Doorbraak API')
    .setDescription('Case management for newcomer households. Lists follow react-admin simple-rest; see docs/api.md.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => describeRestDialect(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'api/docs-json',
  });

  const client = staticClient(config.clientDir);
  if (client) app.use(client);
  return app;
}
