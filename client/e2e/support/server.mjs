// Starts the built Doorbraak server on a fresh data folder and a free port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDist = path.resolve(here, '../../../server/dist/server/src');
const mainJs = path.join(serverDist, 'main.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer({ seedDemo = true } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: String(seedDemo),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
    // Run as root, the cluster lives outside the data folder (in /var/lib/doorbraak): delete it too.
    const { deleteEmbeddedCluster } = await import(path.join(serverDist, 'database/embedded-postgres.js'));
    deleteEmbeddedCluster(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not become healthy in 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  return { baseUrl, stop };
}
