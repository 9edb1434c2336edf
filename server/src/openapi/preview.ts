import type { OpenAPIObject } from '@nestjs/swagger';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { createLogger } from '../common/http/logger.js';
import { loadConfig } from '../config/config.js';
import type { RuntimeConfig } from '../config/runtime-config.js';
import { createDataSource } from '../database/data-source.js';
import { createOpenApiDocument } from './document.js';

/**
 * The OpenAPI document of the app without a database: Nest's preview mode
 * reads the modules, controllers and decorators but instantiates no provider,
 * so the data source is never connected.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const unused = 'postgres://openapi@127.0.0.1:1/unused';
  const config = {
    ...loadConfig({
      DATABASE_URL: unused,
      DATABASE_OWNER_URL: unused,
      JWT_SECRET: 'x'.repeat(32),
      LOG_LEVEL: 'silent',
    }),
    databaseUrl: unused,
    databaseOwnerUrl: unused,
    jwtSecret: 'x'.repeat(32),
  } as RuntimeConfig;
  const app = await NestFactory.create(AppModule.forRoot(config, createDataSource(unused), createLogger('silent')), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    app.setGlobalPrefix('api');
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
