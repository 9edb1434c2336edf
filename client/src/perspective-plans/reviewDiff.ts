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
  if (before.perspective !== after.perspective)
    diff.perspective = { before: before.perspective, after: after.perspective };
  const domains = [...new Set([...Object.keys(before.goals ?? {}), ...Object.keys(after.goals ?? {})])].sort();
  for (const domainKey of domains) {
    const [b, a] = [before.goals?.[domainKey], after.goals?.[domainKey]];
    if (b !== a) diff.goals.push({ domainKey, before: b, after: a });
  }
  const earlier = new Map(before.obstacles.map((o) => [o.id, o]));
  const later = new Map(after.obstacles.map((o) => [o.id, o]));
  for (const id of new Set([...earlier.keys(), ...later.keys()])) {
    const [b, a] = [earlier.get(id), later.get(id)];
    if (b?.status !== a?.status)
      diff.obstacles.push({ id, title: (a ?? b)!.title, before: b?.status, after: a?.status });
  }
  return diff;
}

export const isEmptyDiff = (d: SnapshotDiff) => !d.perspective && d.goals.length === 0 && d.obstacles.length === 0;

/** "now": the plan as it is, rather than one of its reviews. */
export const NOW = 'now';

export interface DatedSnapshot {
  id: string;
  reviewedOn: string;
  snapshot: Snapshot;
}

export interface Comparison {
  before: Snapshot;
  after: Snapshot;
  /** The earlier review's date. */
  from: string;
  /** The later review's date, or undefined for now. */
  to?: string;
}

/**
 * The two moments to compare: reviews newest first (as the API lists them),
 * and the ids chosen for "from" and "to" (either may be NOW). Picked the
 * wrong way round, they are swapped, so the diff always reads earlier → later.
 * Undefined when there is nothing to compare with.
 */
export function pickComparison(
  reviews: DatedSnapshot[],
  current: Snapshot,
  fromId: string | undefined,
  toId: string | undefined,
): Comparison | undefined {
  // Position in time: now is 0, the newest review 1, older ones higher; an unknown id falls back.
  const positionOf = (id: string | undefined, fallback: number) => {
    if (id === NOW) return 0;
    const index = reviews.findIndex((r) => r.id === id);
    return index === -1 ? fallback : index + 1;
  };
  let from = positionOf(fromId, reviews.length ? 1 : 0);
  let to = positionOf(toId, 0);
  if (from < to) [from, to] = [to, from];
  if (from === 0) return undefined;
  const at = (position: number) => (position === 0 ? undefined : reviews[position - 1]);
  const earlier = at(from)!;
  const later = at(to);
  return {
    before: earlier.snapshot,
    after: later ? later.snapshot : current,
    from: earlier.reviewedOn,
    to: later?.reviewedOn,
  };
}
