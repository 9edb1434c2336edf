import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeOpenApiDocument } from '../src/openapi/document.js';
import { NAMED_ENUMS } from '../src/openapi/named-enums.js';
import { buildOpenApiDocument } from '../src/openapi/preview.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const COMMITTED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../openapi.json');
const REGENERATE = 'npm run build -w server && npm run openapi -w server';

/**
 * server/openapi.json is the contract the client's types are generated from:
 * it must be what the code describes, and what the running app serves.
 */
describe('the committed OpenAPI document', () => {
  let t: TestApp;
  let produced: string;

  beforeAll(async () => {
    produced = serializeOpenApiDocument(await buildOpenApiDocument());
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('is what the code produces', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    if (committed !== produced) {
      throw new Error(
        `server/openapi.json is out of date (${firstDifference(committed, produced)}).\nRun \`${REGENERATE}\` and commit server/openapi.json.`,
      );
    }
  });

  it('is what the app serves at /api/docs-json', async () => {
    const served = serializeOpenApiDocument((await t.http().get('/api/docs-json').expect(200)).body);
    if (served !== produced)
      throw new Error(`the served document differs from the emitted one (${firstDifference(produced, served)})`);
  });

  it('names every enum, with the values of the server constant of that name', () => {
    const schemas = JSON.parse(produced).components.schemas as Record<string, Schema>;
    for (const [name, values] of Object.entries(NAMED_ENUMS)) {
      expect([name, schemas[name]]).toEqual([name, { type: 'string', enum: [...values] }]);
    }
    const inline = Object.entries(schemas)
      .filter(([name]) => !(name in NAMED_ENUMS))
      .flatMap(([name, schema]) => inlineEnums(schema, name));
    // Give the property's @ApiProperty an `enumName` (the server's type name) and add the enum to NAMED_ENUMS.
    expect(inline).toEqual([]);
  });
});

type Schema = { enum?: unknown[]; [key: string]: unknown };

/** Where a schema spells out an enum instead of referring to a named one. */
function inlineEnums(schema: unknown, at: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => inlineEnums(item, `${at}[${i}]`));
  if (schema === null || typeof schema !== 'object') return [];
  const here = 'enum' in schema ? [at] : [];
  return [
    ...here,
    ...Object.entries(schema)
      .filter(([key]) => key !== 'enum' && key !== 'example' && key !== 'default')
      .flatMap(([key, value]) => inlineEnums(value, `${at}.${key}`)),
  ];
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first at line ${at + 1}: expected ${JSON.stringify(a[at] ?? '<end>')}, found ${JSON.stringify(b[at] ?? '<end>')}`;
}
