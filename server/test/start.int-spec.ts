import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { deleteEmbeddedCluster } from '../src/database/embedded-postgres.js';
import { rootClusterOfDataDir } from '../src/database/embedded/cluster.js';
import { runningServerPid } from '../src/database/embedded/postgres-process.js';

/**
 * The built server (`npm start` runs it) started as a process on a temp
 * DATA_DIR: how it survives being killed, and how it says it cannot start.
 */
const mainJs = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '../dist/server/src/main.js',
);

interface Started {
  process: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

const children: ChildProcess[] = [];

function startServer(dataDir: string, port: number, env: Record<string, string> = {}): Started {
  let output = '';
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exit };
}

async function untilHealthy(server: Started, port: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null)
      throw new Error(`the server exited with ${server.process.exitCode}:\n${server.output()}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.json(),
      () => undefined,
    );
    if (health?.status === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy within 90 s:\n${server.output()}`);
}

/** Starts and fails: its exit code and what it wrote to stderr. */
async function failedStart(dataDir: string, port: number, env: Record<string, string> = {}) {
  let stderr = '';
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, stderr };
}

async function stop(server: Started): Promise<number | null> {
  server.process.kill('SIGINT');
  return server.exit;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const pgdataOf = (dataDir: string) => {
  const rootCluster = rootClusterOfDataDir(dataDir);
  return rootCluster ? path.join(rootCluster, 'pgdata') : path.join(dataDir, 'postgres');
};

const ONE_LINE = /^Doorbraak could not start: [^\n]+\n$/;

describe('starting the built server', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'doorbraak-start-')), 'data');
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Whatever a failed assertion left running.
    const leftover = runningServerPid(pgdataOf(dataDir));
    if (leftover) {
      process.kill(leftover, 'SIGQUIT');
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    deleteEmbeddedCluster(dataDir);
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('comes up after the previous run was killed with SIGKILL, stopping the PostgreSQL it left running', async () => {
    const port = await freePort();
    const first = startServer(dataDir, port);
    await untilHealthy(first, port);
    const orphan = runningServerPid(pgdataOf(dataDir));
    expect(orphan).toBeDefined();

    first.process.kill('SIGKILL');
    await first.exit;
    // PostgreSQL outlives it: this is what used to make the next start end silently with code 0.
    expect(runningServerPid(pgdataOf(dataDir))).toBe(orphan);

    const second = startServer(dataDir, port);
    await untilHealthy(second, port);
    expect(second.output()).toContain(
      'stopped the embedded PostgreSQL that an earlier, killed Doorbraak had left running',
    );
    const current = runningServerPid(pgdataOf(dataDir));
    expect(current).toBeDefined();
    expect(current).not.toBe(orphan);

    expect(await stop(second)).toBe(0);
    expect(runningServerPid(pgdataOf(dataDir))).toBeUndefined();
  }, 180_000);

  it('refuses, in one line, to start on a data folder another running Doorbraak uses, and leaves that one running', async () => {
    const port = await freePort();
    const running = startServer(dataDir, port);
    await untilHealthy(running, port);

    const second = await failedStart(dataDir, await freePort());
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(ONE_LINE);
    expect(second.stderr).toMatch(/in use by another Doorbraak \(process \d+\)/);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await stop(running)).toBe(0);
  }, 180_000);

  it('exits with code 1 and one line when the port is taken, leaving no PostgreSQL behind', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const { code, stderr } = await failedStart(dataDir, port);
      expect(code).toBe(1);
      expect(stderr).toMatch(ONE_LINE);
      expect(stderr).toContain(`Port ${port} is already in use`);
      expect(runningServerPid(pgdataOf(dataDir))).toBeUndefined();
    } finally {
      blocker.close();
    }
  }, 180_000);

  it('exits with code 1 and one line naming every wrong setting', async () => {
    const { code, stderr } = await failedStart(dataDir, 0, { LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toMatch(/PORT must be a whole number.*; LOG_LEVEL must be one of/);
  });
});
