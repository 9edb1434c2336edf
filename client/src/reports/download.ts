import { session } from '../providers/session';

/** Fetches a CSV with the session's token and hands it to the browser as a file. */
export async function downloadCsv(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${session.token()}`, Accept: 'text/csv' } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** `?filter=` for a report, without empty values. */
export function reportQuery(filter: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  return Object.keys(clean).length ? `?filter=${encodeURIComponent(JSON.stringify(clean))}` : '';
}
