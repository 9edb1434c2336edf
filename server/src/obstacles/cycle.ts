/**
 * Looks for a path from `start` back to itself in a directed graph given as
 * edges. Returns the cycle as ids (first = last = start), or undefined.
 */
export function findCycle(edges: readonly (readonly [string, string])[], start: string): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const seen = new Set<string>();
  const path: string[] = [start];
  const visit = (node: string): boolean => {
    for (const target of next.get(node) ?? []) {
      if (target === start) {
        path.push(start);
        return true;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      path.push(target);
      if (visit(target)) return true;
      path.pop();
    }
    return false;
  };
  return visit(start) ? path : undefined;
}
