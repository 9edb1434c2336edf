#!/usr/bin/env node
// A small load generator for a running Doorbraak with the demo data: person
// show and contact-log create, each from N concurrent keep-alive clients
// (node:http only), reporting requests per second, p50, p99 and errors.
//
//   node scripts/request-load.mjs [baseUrl] [--clients 16] [--seconds 10] [--warmup 3] [--only show|create] [--pid <server pid>]
//
// On a busy machine req/s and p99 move with everything else running; with
// --pid it also prints the server process's CPU milliseconds per request
// (from /proc), which does not.
// Signs in as the demo caseworker; creates land in the demo household of the
// first person it finds (run it against a throw-away DATA_DIR).
import http from 'node:http';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const base = new URL(args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:3000');
const clients = Number(option('clients', 16));
const seconds = Number(option('seconds', 10));
const warmup = Number(option('warmup', 3));
const only = option('only', undefined);
const pid = option('pid', undefined);
/** utime + stime of the server process, in milliseconds (Linux). */
const serverCpuMs = () => {
  if (!pid) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

function call(method, path, body, token) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        agent,
        headers: {
          ...(payload && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...(token && { authorization: `Bearer ${token}` }),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function signIn() {
  const res = await call('POST', '/api/auth/login', {
    email: 'caseworker@openembassy.example',
    password: 'Doorbraak-demo-2026',
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`sign-in answered ${res.status}`);
  const body = JSON.parse(res.text);
  return body.accessToken ?? body.token;
}

async function run(name, clientsN, durationS, request) {
  const latencies = [];
  let errors = 0;
  const firstErrors = new Map();
  const until = performance.now() + durationS * 1000;
  const start = performance.now();
  const cpuBefore = serverCpuMs();
  await Promise.all(
    Array.from({ length: clientsN }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await request();
          if (res.status >= 400) {
            errors++;
            firstErrors.set(res.status, res.text.slice(0, 160));
          }
        } catch (error) {
          errors++;
          firstErrors.set('socket', String(error));
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpuPerRequest = (serverCpuMs() - cpuBefore) / latencies.length;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    name,
    clients: clientsN,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    firstErrors,
    cpuPerRequest,
  };
}

const token = await signIn();
const persons = JSON.parse((await call('GET', '/api/persons?range=%5B0%2C0%5D', undefined, token)).text);
const person = persons[0];
if (!person) throw new Error('no person in the demo data');
const createBody = () => ({
  householdId: person.householdId,
  personIds: [person.id],
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  minutes: 15,
  channel: 'phone',
  note: 'load test',
});
const scenarios = {
  show: () => call('GET', `/api/persons/${person.id}`, undefined, token),
  create: () => call('POST', '/api/contact-logs', createBody(), token),
};
for (const [name, request] of Object.entries(scenarios)) {
  if (only && only !== name) continue;
  if (warmup > 0) await run(name, clients, warmup, request);
  const r = await run(name, clients, seconds, request);
  const line = `${r.name.padEnd(7)} clients=${r.clients} requests=${r.requests} req/s=${r.rps.toFixed(0)} p50=${r.p50.toFixed(1)}ms p99=${r.p99.toFixed(1)}ms errors=${r.errors}${pid ? ` server-cpu=${r.cpuPerRequest.toFixed(2)}ms/req` : ''}`;
  console.log(line);
  for (const [status, text] of r.firstErrors) console.log(`  ${status}: ${text}`);
}
agent.destroy();
