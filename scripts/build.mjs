#!/usr/bin/env node
// Builds the client and/or the server, skipping a build whose inputs have not
// changed since it was last made here and whose output is untouched since.
//
//   node scripts/build.mjs [client] [server] [--quiet] [--force]
//
// Inputs are hashed by content (a fresh clone builds once, then never again
// until a source, config or the lockfile changes). The record of each build
// is kept in node_modules/.cache/doorbraak-build, outside the served output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'scripts/build.mjs'];
// Made by a build from other inputs (server/openapi.json), so not an input itself.
const generated = new Set([path.join(root, 'client/src/api/schema.ts')]);

const TARGETS = {
  server: {
    command: ['npm', 'run', 'build', '-w', 'server', '--silent'],
    inputs: [
      ...shared,
      'server/src',
      'server/bench',
      'migrations',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'server/package.json',
    ],
    output: 'server/dist',
    // The OpenAPI document the client's types are generated from (the client builds after the server).
    then: ['npm', 'run', 'openapi', '-w', 'server', '--silent'],
  },
  client: {
    command: ['npm', 'run', 'build', '-w', 'client'],
    inputs: [
      ...shared,
      'client/src',
      'client/public',
      'client/index.html',
      'client/vite.config.ts',
      'client/tsconfig.json',
      'client/package.json',
      'client/scripts',
      'server/openapi.json',
    ],
    output: 'client/dist',
  },
};

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const force = args.includes('--force');
const names = args.filter((arg) => !arg.startsWith('--'));
for (const name of names) {
  if (!TARGETS[name]) {
    process.stderr.write(`Unknown build target "${name}" (known: ${Object.keys(TARGETS).join(', ')}).\n`);
    process.exit(2);
  }
}
const cacheDir = path.join(root, 'node_modules', '.cache', 'doorbraak-build');

for (const name of Object.keys(TARGETS).filter((known) => names.length === 0 || names.includes(known))) {
  const target = TARGETS[name];
  const recordFile = path.join(cacheDir, `${name}.json`);
  const inputs = hashInputs(target);
  const record = readRecord(recordFile);
  if (!force && record?.inputs === inputs && record.output === fingerprintOutput(target.output)) {
    if (!quiet) process.stdout.write(`${name}: up to date, not rebuilt\n`);
    continue;
  }
  for (const [command, ...commandArgs] of [target.command, target.then].filter(Boolean)) {
    const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(recordFile, JSON.stringify({ inputs, output: fingerprintOutput(target.output) }) + '\n');
}

/** The contents of every input file (and the build command), in path order. */
function hashInputs(target) {
  const hash = createHash('sha256').update(target.command.join(' ')).update('\0');
  for (const file of target.inputs.flatMap((input) => filesUnder(path.join(root, input))).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Names, sizes and modification times of the output: a build run by hand, or a deleted file, shows. */
function fingerprintOutput(output) {
  const dir = path.join(root, output);
  if (!existsSync(dir)) return 'missing';
  const hash = createHash('sha256');
  for (const file of filesUnder(dir).sort()) {
    const stat = statSync(file);
    hash.update(`${path.relative(dir, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function filesUnder(target) {
  if (!existsSync(target) || generated.has(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    return filesUnder(path.join(target, entry.name));
  });
}

function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
