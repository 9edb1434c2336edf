/**
 * Finding a label by typing. With a default codebook that has "Werk" at the top and
 * "Werk (algemeen)" under it, typing "werk" must offer the top theme first, and typing a
 * path ("werk › alg", "werk > alg", "werk/alg") must reach the child: candidates are
 * ranked by how well the typed text matches the label's full path and name.
 */
export interface SearchableLabel {
  id: string;
  /** The names in every language, to find a label whatever language one types in. */
  names: string[];
  /** The full path in every language ("Werk › Werk (algemeen)"). */
  paths: string[];
  /** Definition texts (the label's own, or its domain's description). */
  definitions: string[];
}

const normalize = (text: string) =>
  text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // "›", ">" and "/" all separate path steps; spaces around them do not count.
    .replace(/\s*[›>/]\s*/g, '›')
    .replace(/\s+/g, ' ')
    .trim();

const startsAWord = (text: string, q: string) =>
  text.startsWith(q) || text.split(/[\s(),-]+/).some((word) => word.startsWith(q));

/** "werk›alg" matches "werk›werk (algemeen)": each typed step starts the path's step or a word in it. */
function stepsMatch(path: string, q: string): boolean {
  const typed = q.split('›');
  if (typed.length < 2) return false;
  const steps = path.split('›');
  for (let start = 0; start + typed.length <= steps.length; start++) {
    if (typed.every((t, i) => startsAWord(steps[start + i], t))) return true;
  }
  return false;
}

/** Lower is better; undefined: no match. */
function rank(label: SearchableLabel, q: string): number | undefined {
  const names = label.names.map(normalize);
  const paths = label.paths.map(normalize);
  if (paths.some((p) => p === q)) return 0;
  if (names.some((n) => n === q)) return 1;
  if (paths.some((p) => p.startsWith(q))) return 2;
  if (names.some((n) => n.startsWith(q))) return 3;
  if (paths.some((p) => stepsMatch(p, q))) return 3.5;
  if (names.some((n) => startsAWord(n, q))) return 4;
  if (names.some((n) => n.includes(q)) || paths.some((p) => p.includes(q))) return 5;
  if (label.definitions.some((d) => normalize(d).includes(q))) return 6;
  return undefined;
}

/** The labels matching the typed text, best first; equally good ones keep shorter paths first. */
export function searchLabels<T extends SearchableLabel>(labels: T[], query: string): T[] {
  const q = normalize(query);
  if (!q) return [];
  return labels
    .map((label) => ({ label, score: rank(label, q) }))
    .filter((x): x is { label: T; score: number } => x.score !== undefined)
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.label.paths[0].length - b.label.paths[0].length ||
        a.label.paths[0].localeCompare(b.label.paths[0]),
    )
    .map((x) => x.label);
}
