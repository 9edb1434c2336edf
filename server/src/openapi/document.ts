import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeRestDialect } from '../common/http/openapi.js';
import { describeNamedEnums } from './named-enums.js';

/**
 * The API's OpenAPI document, as served at /api/docs-json and committed as
 * server/openapi.json (`npm run openapi -w server`), from which the client's
 * types are generated. The app must have its global prefix set.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Doorbraak API')
    .setDescription('Case management for newcomer households. Lists follow react-admin simple-rest; see docs/api.md.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return describeNamedEnums(describeRestDialect(SwaggerModule.createDocument(app, config), app));
}

/**
 * The document as committed: two-space JSON with every object's keys in
 * sorted order, so the file changes only when the contract does (not when a
 * decorator or module moves) and its diffs are readable.
 */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return JSON.stringify(sortKeys(document), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
