export interface Snapshot {
  perspective: string;
  goals: Record<string, string>;
  status: string;
  obstacles: { id: string; title: string; domainKey: string; status: string }[];
}

export interface SnapshotDiff {
  perspective?: { before: string; after: string };
  goals: { domainKey: string; before?: string; after?: string }[];
  obstacles: { id: string; title: string; before?: string; after?: string }[];
}

/** What changed between two moments of a plan: text, goals per domain, obstacle states. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const diff: SnapshotDiff = { goals: [], obstacles: [] };
  if (before.perspective !== after.perspective) diff.perspective = { before: before.perspective, after: after.perspective };
  const domains = [...new Set([...Object.keys(before.goals ?? {}), ...Object.keys(after.goals ?? {})])].sort();
  for (const domainKey of domains) {
    const [b, a] = [before.goals?.[domainKey], after.goals?.[domainKey]];
    if (b !== a) diff.goals.push({ domainKey, before: b, after: a });
  }
  const earlier = new Map(before.obstacles.map((o) => [o.id, o]));
  const later = new Map(after.obstacles.map((o) => [o.id, o]));
  for (const id of new Set([...earlier.keys(), ...later.keys()])) {
    const [b, a] = [earlier.get(id), later.get(id)];
    if (b?.status !== a?.status) diff.obstacles.push({ id, title: (a ?? b)!.title, before: b?.status, after: a?.status });
  }
  return diff;
}

export const isEmptyDiff = (d: SnapshotDiff) => !d.perspective && d.goals.length === 0 && d.obstacles.length === 0;
