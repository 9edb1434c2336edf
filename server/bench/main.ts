import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { startThrowawayPostgres } from '../src/database/embedded-postgres.js';
import { migrateAsOwner } from '../src/database/database.js';
import { ensureDatabaseRoles, urlForRole } from '../src/database/roles.js';
import { createDataSource } from '../src/database/data-source.js';
import { dropBookkeeping, generateDataset, sizeFor } from './dataset.js';
import { percentile, runLoad, timeOne, type BenchRequest, type RunResult } from './load.js';
import { benchImport } from './import-bench.js';
import { ENDPOINTS, REPORT_TIMINGS, pickTargets, type Targets } from './endpoints.js';
import { explainSuggestions, prepareSuggestions, SUGGESTIONS_TARGET_MS } from './suggestions.js';

/**
 * `npm run bench`: Doorbraak at national scale, side by side with a bare
 * reference server (bench/reference-server.ts). Generates the dataset into a
 * fresh embedded cluster (bench/dataset.ts), starts Doorbraak (its real
 * entry point, as the runtime role under row-level security) and the
 * reference, and loads each endpoint on both, interleaved, at each client
 * count. See docs/performance.md.
 *
 *   npm run bench -- --scale 0.05 --duration 5
 *   npm run bench -- --scale 1 --duration 15 --clients 16,64 --rounds 2
 *   npm run bench -- --only "theme report,person show"
 *   npm run bench -- --scale 0.05 --only import --import-rows 100000
 *   npm run bench -- --only "research export" --scale 0.25   (the research export of one organisation's year)
 *   npm run bench -- --scale 0.05 --only "vacancy suggestions" --explain-suggestions   (the ranking statement's plan)
 */
interface Options {
  scale: number;
  duration: number;
  warmup: number;
  clients: number[];
  rounds: number;
  only: string[] | null;
  importRows: number;
  /** Print the whole EXPLAIN ANALYZE plan of the suggestions statement, not only its execution time. */
  explain: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    scale: 1,
    duration: 10,
    warmup: 2,
    clients: [16, 64],
    rounds: 1,
    only: null,
    importRows: 100_000,
    explain: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--scale':
        options.scale = Number(value());
        break;
      case '--duration':
        options.duration = Number(value());
        break;
      case '--warmup':
        options.warmup = Number(value());
        break;
      case '--clients':
        options.clients = value().split(',').map(Number);
        break;
      case '--rounds':
        options.rounds = Number(value());
        break;
      case '--import-rows':
        options.importRows = Number(value());
        break;
      case '--explain-suggestions':
        options.explain = true;
        break;
      case '--only':
        options.only = value()
          .split(',')
          .map((s) => s.trim());
        break;
      default:
        throw new UsageError(
          `unknown option ${argv[i]}; options: --scale, --duration, --warmup, --clients, --rounds, --only, --import-rows, --explain-suggestions`,
        );
    }
  }
  if (!(options.duration > 0) || options.clients.some((c) => !(c >= 1)) || !(options.rounds >= 1))
    throw new UsageError('--duration, --clients and --rounds must be positive');
  return options;
}

/** A wrong option: said in one line, without a stack. */
class UsageError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
const log = (line: string) => process.stdout.write(`${line}\n`);

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const options = parseOptions(argv);
  const size = sizeFor(options.scale);
  log(
    `Doorbraak national benchmark, scale ${options.scale}: ${size.organizations} organisations, ${size.households.toLocaleString('en')} households, ` +
      `${size.contactLogs.toLocaleString('en')} contact logs; ${options.duration} s per run after ${options.warmup} s warm-up, clients ${options.clients.join(' and ')}, ${options.rounds} round(s)`,
  );
  const embedded = await startThrowawayPostgres('bench');
  // Where the server writes research export files: thrown away with the run.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-bench-'));
  const children: ChildProcess[] = [];
  try {
    const owner = { name: 'bench_owner', password: 'bench-owner' };
    const runtime = { name: 'bench_app', password: 'bench-app' };
    await ensureDatabaseRoles(embedded.url, owner, runtime);
    const ownerUrl = urlForRole(embedded.url, owner);
    const appUrl = urlForRole(embedded.url, runtime);
    await (await migrateAsOwner(ownerUrl, appUrl)).destroy();
    // The data as the cluster's superuser: past row-level security, as an operator's load would be.
    const superuser = createDataSource(embedded.url);
    await superuser.initialize();
    let targets: Targets;
    let suggestions: Awaited<ReturnType<typeof prepareSuggestions>>;
    try {
      await generateDataset(superuser, size, log);
      targets = await pickTargets(
        superuser,
        new JwtService({
          secret: JWT_SECRET,
          signOptions: { issuer: 'doorbraak', algorithm: 'HS256', expiresIn: '7d' },
        }),
      );
      suggestions = await prepareSuggestions(superuser, targets.orgs[0].orgId, targets.orgs[0].coordinator);
      await dropBookkeeping(superuser);
    } finally {
      await superuser.destroy();
    }

    const app = await startServer(children, 'Doorbraak', path.resolve(here, '../src/main.js'), {
      DATABASE_URL: appUrl,
      DATABASE_OWNER_URL: ownerUrl,
      JWT_SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      CLIENT_DIR: path.resolve(here, '../../../../client/dist'),
      DATA_DIR: dataDir,
    });
    const reference = await startServer(children, 'reference', path.resolve(here, 'reference-server.js'), {
      DATABASE_URL: appUrl,
    });
    const servers = [
      { name: 'reference', base: reference },
      { name: 'Doorbraak', base: app },
    ] as const;

    // Single requests, one at a time, alternating between the servers: the theme report over one ordinary
    // organisation's last year (p95 of 20), and over the big organisation (half of all logs, every period; median of 5).
    const themeReport = ENDPOINTS.find((e) => e.name === 'theme report')!;
    const single = async (runs: number, request: (i: number) => BenchRequest) => {
      const times: Record<string, number[]> = { reference: [], Doorbraak: [] };
      for (let i = 0; i < runs; i++)
        for (const s of i % 2 ? [...servers].reverse() : servers) times[s.name].push(await timeOne(s.base, request(i)));
      return times;
    };
    const year = await single(20, (i) => themeReport.request(targets, i));
    log(
      `\ntheme report, one organisation's last year, one request at a time, p95 of 20: ` +
        `reference ${percentile(year.reference, 95).toFixed(0)} ms, Doorbraak ${percentile(year.Doorbraak, 95).toFixed(0)} ms`,
    );
    const big = await single(5, () => targets.bigThemeReport);
    log(
      `theme report, the big organisation (${targets.bigLogs.toLocaleString('en')} logs, every period), one request at a time, median of 5: ` +
        `reference ${percentile(big.reference, 50).toFixed(0)} ms, Doorbraak ${percentile(big.Doorbraak, 50).toFixed(0)} ms`,
    );

    if (!options.only || options.only.includes('research export')) {
      await researchExport(app, "one ordinary organisation's last year", targets.orgs[0].coordinator, targets.since);
      await researchExport(app, "the big organisation's last year", targets.bigThemeReport.headers, targets.since);
    }

    // The cohort and trend reports (Doorbraak only): p95 of 20 over the ordinary organisations, target under 500 ms.
    for (const report of REPORT_TIMINGS.filter((r) => !options.only || options.only.includes(r.name))) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) times.push(await timeOne(app, report.request(targets, i)));
      const p95 = percentile(times, 95);
      log(
        `${report.name}, one organisation, p95 of 20: ${p95.toFixed(0)} ms${p95 < 500 ? '' : ' (over the 500 ms target)'}`,
      );
    }
    // Issue 16: suggestions for a vacancy over 10,000 persons in matching (Doorbraak only: the reference has no such route).
    const suggestionTimes: number[] = [];
    for (let i = 0; i < 21; i++) suggestionTimes.push(await timeOne(app, suggestions.request));
    suggestionTimes.shift(); // the first warms the caches
    log(
      `vacancy suggestions, ${suggestions.inMatching.toLocaleString('en')} persons in matching, one request at a time: ` +
        `median ${percentile(suggestionTimes, 50).toFixed(0)} ms, p95 ${percentile(suggestionTimes, 95).toFixed(0)} ms ` +
        `(target < ${SUGGESTIONS_TARGET_MS} ms)`,
    );
    const plan = await explainSuggestions(appUrl, suggestions.orgId, suggestions.vacancyId);
    log(
      options.explain
        ? `the ranking statement, EXPLAIN (ANALYZE, BUFFERS):\n${plan.join('\n')}`
        : `the ranking statement, EXPLAIN ANALYZE: ${plan.filter((l) => /^(Planning|Execution) Time/.test(l)).join(', ')} (the plan: --explain-suggestions)`,
    );

    // Global search (issue 18): the app alone (the reference server has no search), one request at a time.
    const doorbraak = servers.find((s) => s.name === 'Doorbraak')!;
    const searchTimes: number[] = [];
    for (const { label, request } of targets.searches) {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) times.push(await timeOne(doorbraak.base, request));
      searchTimes.push(...times.slice(2)); // the first two warm the caches
      log(`search ${label}: median ${percentile(times.slice(2), 50).toFixed(0)} ms`);
    }
    log(
      `search, all queries, one request at a time: p50 ${percentile(searchTimes, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(searchTimes, 95).toFixed(0)} ms (target: under 100 ms)`,
    );

    await compareAnswers(servers, targets);

    if (!options.only || options.only.includes('import')) {
      await benchImport(app, targets.orgs[0].coordinator, options.importRows, log);
    }

    const rows: string[] = [];
    const endpoints = ENDPOINTS.filter((e) => !options.only || options.only.includes(e.name));
    for (const clients of options.clients) {
      for (const endpoint of endpoints) {
        for (const c of endpoint.clients?.(clients) ?? [clients]) {
          const results: Record<string, RunResult[]> = { reference: [], Doorbraak: [] };
          for (let round = 0; round < options.rounds; round++) {
            // Interleaved: the order flips every round, so a slow moment of the machine weighs on both.
            for (const s of round % 2 ? [...servers].reverse() : servers) {
              const next = (i: number): BenchRequest =>
                endpoint.request(targets, i + round * 1_000_003 + (s.name === 'reference' ? 500_000 : 0));
              results[s.name].push(await runLoad(s.base, next, c, options.duration, options.warmup));
            }
          }
          const line = summarize(`${endpoint.name}, ${c} clients`, results.reference, results.Doorbraak);
          log(line);
          rows.push(line);
        }
      }
    }
    log(
      '\n| endpoint | reference req/s | Doorbraak req/s | ratio | reference p50 / p99 ms | Doorbraak p50 / p99 ms | p99 ratio | errors (ref / app) | /api/health max ms (ref / app) |',
    );
    log('|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) log(r);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve)))),
    );
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The pseudonymised research export (issue 13): started, polled until done
 * (the server streams it into a ZIP), then downloaded. Target: under 60 s
 * for one organisation's year at national scale.
 */
async function researchExport(base: string, what: string, headers: Record<string, string>, since: string) {
  const json = { ...headers, 'Content-Type': 'application/json' };
  const started = performance.now();
  const created = await fetch(`${base}/api/research-exports`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ filter: { from: since } }),
  });
  if (created.status !== 201) throw new Error(`research export: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  let state: { status: string; progress: number; counts?: Record<string, number> } = { status: 'running', progress: 0 };
  let lastShown = -1;
  while (state.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    state = (await (await fetch(`${base}/api/research-exports/${id}`, { headers })).json()) as typeof state;
    const tenth = Math.floor(state.progress * 10);
    if (tenth > lastShown) {
      lastShown = tenth;
      log(
        `  research export progress ${Math.round(state.progress * 100)}% at ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  if (state.status !== 'done') throw new Error(`research export ${state.status}`);
  const built = performance.now();
  const file = await fetch(`${base}/api/research-exports/${id}/download`, { headers });
  const bytes = (await file.arrayBuffer()).byteLength;
  const counts = state.counts ?? {};
  log(
    `research export, ${what}: ${((built - started) / 1000).toFixed(1)} s to build, ` +
      `${((performance.now() - built) / 1000).toFixed(1)} s to download ${(bytes / 1e6).toFixed(1)} MB ` +
      `(${(counts.contact_logs ?? 0).toLocaleString('en')} contact logs, ${(counts.persons ?? 0).toLocaleString('en')} persons, ` +
      `${(counts.contactLogsLeftOut ?? 0).toLocaleString('en')} logs left out for lack of consent)`,
  );
}

/**
 * Both servers must give the same answer, or the comparison means nothing:
 * each read endpoint's first requests are sent to both and their
 * fingerprints (row ids, counts, totals) compared; a difference is printed.
 */
async function compareAnswers(servers: readonly { name: string; base: string }[], targets: Targets) {
  const fingerprint = (body: unknown): string => {
    if (Array.isArray(body))
      return body
        .map((r: Record<string, unknown>) => r.id ?? r.recordId ?? r.householdId ?? r.domainKey ?? r.labelId)
        .concat(body.length)
        .join(',');
    const o = body as Record<string, unknown>;
    if ('totalMinutes' in o)
      return JSON.stringify([
        o.totalMinutes,
        (o.rows as { labelId: string; minutes: number; logs: number }[]).map((r) => [r.labelId, r.minutes, r.logs]),
        (o.helpdesk as { totalMinutes: number }).totalMinutes,
      ]);
    // filtersApplied is Doorbraak's own; the figures must agree.
    if ('byDomain' in o) return JSON.stringify([o.byDomain, o.total, o.shareResolved]);
    return JSON.stringify([o.id, o.firstName]);
  };
  let differences = 0;
  for (const endpoint of ENDPOINTS) {
    for (let i = 0; i < 3; i++) {
      const request = endpoint.request(targets, i * 9);
      if (request.method !== 'GET') continue;
      const answers = await Promise.all(
        servers.map(async (s) => {
          const res = await fetch(s.base + request.path, { headers: request.headers });
          return `${res.status} ${res.headers.get('content-range') ?? ''} ${fingerprint(await res.json())}`;
        }),
      );
      if (answers[0] !== answers[1]) {
        differences++;
        log(
          `  ${endpoint.name}: the answers differ\n    reference: ${answers[0].slice(0, 300)}\n    Doorbraak: ${answers[1].slice(0, 300)}`,
        );
      }
    }
  }
  log(
    differences
      ? `${differences} answers differ (see above)`
      : 'both servers give the same answers (checked 3 requests per read endpoint)',
  );
}

function summarize(name: string, reference: RunResult[], app: RunResult[]): string {
  const merge = (runs: RunResult[]) => {
    const seconds = runs.reduce((s, r) => s + r.seconds, 0);
    const latencies = runs.flatMap((r) => r.latencies);
    const health = runs.flatMap((r) => r.health);
    return {
      rps: runs.reduce((s, r) => s + r.requests, 0) / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      errors: runs.reduce((s, r) => s + r.errors, 0),
      firstError: runs.find((r) => r.firstError)?.firstError,
      healthMax: health.length ? Math.max(...health) : Number.NaN,
    };
  };
  const r = merge(reference);
  const a = merge(app);
  const n = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : String(v));
  for (const [who, m] of [
    ['reference', r],
    ['Doorbraak', a],
  ] as const)
    if (m.firstError) process.stderr.write(`  ${name}: ${who} error: ${m.firstError}\n`);
  return `| ${name} | ${n(r.rps)} | ${n(a.rps)} | ${n(a.rps / r.rps, 2)} | ${n(r.p50, 1)} / ${n(r.p99, 1)} | ${n(a.p50, 1)} / ${n(a.p99, 1)} | ${n(a.p99 / r.p99, 2)} | ${r.errors} / ${a.errors} | ${n(r.healthMax)} / ${n(a.healthMax)} |`;
}

/** Starts a server as a child process on a free port and waits until its /api/health answers. */
async function startServer(
  children: ChildProcess[],
  name: string,
  entry: string,
  env: Record<string, string>,
): Promise<string> {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env, PORT: port },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
    if (stderr.length > 20000) stderr = stderr.slice(-10000);
  });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer /api/health within 120 s: ${stderr.slice(-2000)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof UsageError ? error.message : ((error as Error)?.stack ?? String(error))}\n`,
    );
    process.exit(1);
  });
}
