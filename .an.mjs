import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const dist = process.argv[2];
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
function closure(key, files = new Set()) { const c = manifest[key]; if (files.has(c.file)) return files; files.add(c.file); for (const i of c.imports ?? []) closure(i, files); return files; }
const files = new Set([...closure('index.html'), ...closure('src/App.tsx'), ...closure('src/i18n/nl.ts'), ...closure('src/i18n/packs/nl.ts')]);
const sizes = {}; let total = 0;
for (const f of files) {
  const code = readFileSync(path.join(dist, f), 'utf8'); const lines = code.split('\n');
  const ratio = gzipSync(code, { level: 9 }).length / code.length;
  const c = new SourceMapConsumer(JSON.parse(readFileSync(path.join(dist, f + '.map'), 'utf8')));
  let prev = null;
  c.eachMapping((m) => { if (prev) { const len = prev.line === m.generatedLine ? m.generatedColumn - prev.col : lines[prev.line - 1].length - prev.col; const k = pkg(prev.src); sizes[k] = (sizes[k] ?? 0) + len * ratio; } prev = { line: m.generatedLine, col: m.generatedColumn, src: m.source }; });
  total += code.length * ratio;
}
console.log('total est gz KB', (total / 1024).toFixed(0));
for (const [k, v] of Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / 1024).toFixed(1).padStart(8)} KB  ${k}`);
function pkg(src) { if (!src) return '(none)'; const i = src.lastIndexOf('node_modules/'); if (i >= 0) { const rest = src.slice(i + 13).split('/'); const p = rest[0].startsWith('@') ? rest[0] + '/' + rest[1] : rest[0];  return p; } const j = src.indexOf('src/'); return j >= 0 ? src.slice(j).split('/').slice(0, 2).join('/') : src; }
