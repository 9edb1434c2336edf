/**
 * Cells as spreadsheets hold them, turned into the API's values. What cannot
 * be read is passed on unchanged, so the field's own validation names the
 * problem (a date that is no date is "invalid_date", as in the API).
 */

/** 2024-03-01, 1-3-2024, 01/03/2024 or 1.3.2024 (day first, as in Dutch and Ukrainian) → 2024-03-01. */
export function cellDate(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(cell);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}`;
  return cell;
}

/** A date alone is that day at midnight UTC; a time stays as written. */
export function cellDateTime(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const date = cellDate(cell);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00.000Z`;
  const time = new Date(cell);
  return /^\d{4}-\d{2}-\d{2}T/.test(cell) && !Number.isNaN(time.getTime()) ? time.toISOString() : cell;
}

/** 90, 1.5 or 1,5 → a number; anything else stays text. */
export function cellNumber(cell: string | undefined): number | string | undefined {
  if (cell === undefined) return undefined;
  const normal = /^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : cell;
}

/** "Work; Housing" or "Work, Housing" → ["Work", "Housing"]. */
export function cellList(cell: string | undefined): string[] | undefined {
  if (cell === undefined) return undefined;
  const items = cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}
