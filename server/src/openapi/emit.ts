import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeOpenApiDocument } from './document.js';
import { buildOpenApiDocument } from './preview.js';

/**
 * `npm run openapi -w server` (after `npm run build -w server`): writes the
 * API's OpenAPI document to server/openapi.json, the committed contract the
 * client's types are generated from. Needs no database.
 */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../openapi.json');
const text = serializeOpenApiDocument(await buildOpenApiDocument());
if (readOr(target) === text) {
  process.stdout.write('server/openapi.json: up to date\n');
} else {
  writeFileSync(target, text);
  process.stdout.write('server/openapi.json: written (the API changed: commit it with the change)\n');
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
