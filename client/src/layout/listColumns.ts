/**
 * A list's chosen columns, as react-admin's DatagridConfigurable keeps them in
 * the store: `availableColumns` (every column, by its position among the
 * Datagrid's children, in the order the chooser shows them) and `columns`
 * (the positions shown, in order; absent until the user chooses). A saved view
 * names its columns by the field each shows (`source`), so a view still fits
 * when a column is added to the list later.
 */
export interface AvailableColumn {
  index: string;
  source?: string;
  label?: string;
}

/** The store keys of a list's column preferences (react-admin's default key: `<resource>.datagrid`). */
export const columnKeys = (resource: string) => {
  const prefix = `preferences.${resource}.datagrid`;
  return { available: `${prefix}.availableColumns`, columns: `${prefix}.columns`, omit: `${prefix}.omit` };
};

/** The fields of the shown columns, in order; null when the user has not chosen (the list's own columns). */
export function shownSources(available: AvailableColumn[] | undefined, columns: string[] | undefined): string[] | null {
  if (!columns || !available?.length) return null;
  const byIndex = new Map(available.map((c) => [c.index, c.source]));
  return columns.map((index) => byIndex.get(index)).filter((source): source is string => Boolean(source));
}

/**
 * The store values that show a view's columns: the positions of its fields in its order, and the chooser's
 * order with those first. Null when none of its fields is a column of this list (then the list stays as it is).
 */
export function columnsShowing(
  available: AvailableColumn[],
  sources: string[],
): { columns: string[]; available: AvailableColumn[] } | null {
  const chosen = sources
    .map((source) => available.find((c) => c.source === source))
    .filter((c): c is AvailableColumn => c !== undefined);
  if (chosen.length === 0) return null;
  const rest = available.filter((c) => !chosen.includes(c)).sort((a, b) => Number(a.index) - Number(b.index));
  return { columns: chosen.map((c) => c.index), available: [...chosen, ...rest] };
}

/** The chooser's order put back to the list's own (a view without chosen columns). */
export const ownOrder = (available: AvailableColumn[]) =>
  [...available].sort((a, b) => Number(a.index) - Number(b.index));

/** Whether two list queries are the same (react-admin's saved query against the list's current one). */
export function sameQuery(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}
