import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
const dist = process.argv[2];
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
function closure(key, files = new Map(), via='') { const c = manifest[key]; if (files.has(c.file)) return files; files.set(c.file, key); for (const i of c.imports ?? []) closure(i, files); return files; }
const files = new Map([...closure('index.html'), ...closure('src/App.tsx'), ...closure('src/i18n/nl.ts'), ...closure('src/i18n/packs/nl.ts')]);
let t=0;
for (const [f,k] of files) { const kb = gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length / 1024; t+=kb; console.log(kb.toFixed(1).padStart(7), f, k); }
console.log(t.toFixed(1));
