#!/usr/bin/env node
// Generates client/src/api/schema.ts, the API's types and enum values, from
// the server's OpenAPI document (server/openapi.json) with openapi-typescript.
// Runs before the client's build, test and typecheck; skipped when the file
// was made from the same document by the same generator (the header says which).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(client, '../server/openapi.json');
const target = path.join(client, 'src/api/schema.ts');
const { version } = createRequire(import.meta.url)('openapi-typescript/package.json');

const document = readFileSync(source);
const stamp = createHash('sha256')
  .update(document)
  .update(`\0openapi-typescript ${version}`)
  .digest('hex')
  .slice(0, 16);
if (readHeader(target).includes(stamp)) process.exit(0);

// Loaded only when needed: it takes seconds.
const { default: openapiTS, astToString } = await import('openapi-typescript');
const ast = await openapiTS(pathToFileURL(source), { enumValues: true, alphabetize: true });
const header = [
  '// GENERATED FILE: do not edit, not committed.',
  `// From server/openapi.json by openapi-typescript ${version} (client/scripts/generate-api-types.mjs, run by`,
  "// the client's build, test and typecheck). Change the server's DTOs, then `npm run openapi -w server`.",
  `// Source stamp: ${stamp}`,
  '',
].join('\n');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, header + astToString(ast));
process.stdout.write(`Generated ${path.relative(process.cwd(), target)} from server/openapi.json\n`);

function readHeader(file) {
  try {
    return readFileSync(file, 'utf8').slice(0, 600);
  } catch {
    return '';
  }
}
