import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request of a run: what to send. Both servers get the same requests. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RunResult {
  requests: number;
  errors: number;
  /** The first error seen, for the report (status and the start of the body). */
  firstError?: string;
  seconds: number;
  latencies: number[];
  health: number[];
}

const TIMEOUT_MS = 30_000;

function send(agent: http.Agent, base: URL, r: BenchRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        agent,
        headers: r.body
          ? { ...r.headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(r.body) }
          : r.headers,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (r.body) req.write(r.body);
    req.end();
  });
}

/**
 * `clients` connections each sending its next request as soon as the last
 * one answered, for `seconds` (after `warmup` seconds not counted), while
 * `/api/health` is sampled every 250 ms on its own connection.
 */
export async function runLoad(
  base: string,
  next: (i: number) => BenchRequest,
  clients: number,
  seconds: number,
  warmup: number,
): Promise<RunResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const result: RunResult = { requests: 0, errors: 0, seconds, latencies: [], health: [] };
  let counter = 0;
  const start = performance.now();
  const measureFrom = start + warmup * 1000;
  const end = measureFrom + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const r = next(counter++);
      const t = performance.now();
      let failure: string | undefined;
      try {
        const res = await send(agent, url, r);
        if (res.status < 200 || res.status >= 300) failure = `${res.status} ${res.body.slice(0, 200)}`;
      } catch (error) {
        failure = (error as Error).message;
      }
      if (t < measureFrom) continue;
      result.requests++;
      result.latencies.push(performance.now() - t);
      if (failure) {
        result.errors++;
        result.firstError ??= failure;
      }
    }
  };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!sampling) break;
      const t = performance.now();
      try {
        const res = await send(healthAgent, url, { method: 'GET', path: '/api/health', headers: {} });
        result.health.push(res.status === 200 ? performance.now() - t : Number.POSITIVE_INFINITY);
      } catch {
        result.health.push(Number.POSITIVE_INFINITY);
      }
    }
  })();
  await Promise.all(Array.from({ length: clients }, worker));
  sampling = false;
  await sampler;
  result.seconds = (performance.now() - measureFrom) / 1000;
  agent.destroy();
  healthAgent.destroy();
  return result;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One timed request, for the single-request figures (the 1,000,000-log theme report). */
export async function timeOne(base: string, r: BenchRequest): Promise<number> {
  const agent = new http.Agent({ keepAlive: false });
  const t = performance.now();
  const res = await send(agent, new URL(base), r);
  if (res.status !== 200) throw new Error(`${r.path} answered ${res.status}: ${res.body.slice(0, 200)}`);
  return performance.now() - t;
}
