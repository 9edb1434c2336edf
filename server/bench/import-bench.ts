import { performance } from 'node:perf_hooks';

/**
 * Import throughput (issue 18): a CSV of `rows` contact logs for one
 * organisation's households, uploaded, mapped, checked (the dry run) and
 * imported through the API as a user would, each phase timed until the
 * job reports its end.
 */
export async function benchImport(
  base: string,
  headers: Record<string, string>,
  rows: number,
  log: (line: string) => void,
): Promise<void> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path, { headers });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const households = await get<{ reference: string }[]>('/api/households?range=[0,199]');
  const labels =
    await get<{ name: { nl?: string; en?: string; uk?: string }; archived: boolean }[]>('/api/labels?range=[0,99]');
  const names = labels.filter((l) => !l.archived).map((l) => l.name.nl ?? l.name.en ?? '');
  const lines = ['household;date;minutes;channel;labels;note'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    // Two labels in one cell, separated by a comma (the file's own separator is the semicolon).
    const label = names.length ? `${names[i % names.length]}, ${names[(i * 7 + 3) % names.length]}` : '';
    lines.push(
      `${households[i % households.length].reference};${day};${15 + (i % 6) * 15};phone;${label};Imported ${i}`,
    );
  }
  const form = new FormData();
  form.set('kind', 'contact-logs');
  form.set('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'contact-logs.csv');
  let started = performance.now();
  const uploadRes = await fetch(`${base}/api/imports`, { method: 'POST', headers, body: form });
  if (!uploadRes.ok) throw new Error(`upload: ${uploadRes.status} ${await uploadRes.text()}`);
  const { id } = (await uploadRes.json()) as { id: string };
  const uploadMs = performance.now() - started;
  await send('PUT', `/api/imports/${id}`, {
    mapping: {
      householdReference: 'household',
      occurredAt: 'date',
      minutes: 'minutes',
      channel: 'channel',
      labels: 'labels',
      note: 'note',
    },
  });
  const until = async (done: string) => {
    for (;;) {
      const state = await get<{
        status: string;
        rowsDone: number;
        rowsFailed: number;
        created: number;
        unchanged: number;
        errors: { code: string; message: string }[];
      }>(`/api/imports/${id}`);
      if (state.status !== 'checking' && state.status !== 'importing') {
        if (state.status !== done) throw new Error(`import ended ${state.status}`);
        return state;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  started = performance.now();
  await send('POST', `/api/imports/${id}/check`);
  const checked = await until('checked');
  const checkMs = performance.now() - started;
  started = performance.now();
  await send('POST', `/api/imports/${id}/run`);
  const done = await until('done');
  const runMs = performance.now() - started;
  const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
  log(
    `\nimport of ${rows.toLocaleString('en')} contact-log rows (CSV): upload ${(uploadMs / 1000).toFixed(1)} s, ` +
      `dry run ${(checkMs / 1000).toFixed(1)} s (${rate(checkMs)} rows/s, ${checked.rowsFailed} refused), ` +
      `import ${(runMs / 1000).toFixed(1)} s (${rate(runMs)} rows/s, ${done.created} created, ${done.unchanged} unchanged, ${done.rowsFailed} refused of ${done.rowsDone})`,
  );
}
