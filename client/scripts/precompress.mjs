// Writes a gzip and a brotli copy next to each built text asset (file.js.gz, file.js.br), so the server hands
// browsers compressed files without compressing on every request (server/src/common/http/static-client.ts).
// Run by `npm run build` after Vite. A copy that is not smaller than the file is not written.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024; // smaller files gain less than the headers cost

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.vite') yield* files(full);
    } else if (COMPRESSIBLE.test(entry.name) && statSync(full).size >= MIN_BYTES) yield full;
  }
}

let plain = 0;
let brotli = 0;
let count = 0;
for (const file of files(dist)) {
  const body = readFileSync(file);
  const gz = gzipSync(body, { level: 9 });
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
  if (br.length < body.length) writeFileSync(`${file}.br`, br);
  plain += body.length;
  brotli += Math.min(br.length, body.length);
  count++;
}
console.log(
  `Precompressed ${count} files: ${(plain / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with brotli.`,
);
