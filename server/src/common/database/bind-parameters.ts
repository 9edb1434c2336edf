/**
 * SQL written with parameters numbered by meaning ($2 always the household,
 * or the period's start) against PostgreSQL, which wants exactly those a
 * statement uses, numbered from 1: renumbers them and picks their values.
 */
export function bindParameters(sql: string, values: unknown[]): [string, unknown[]] {
  const used = [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const renumbered = sql.replace(/\$(\d+)/g, (_m, n: string) => `$${used.indexOf(Number(n)) + 1}`);
  return [renumbered, used.map((n) => values[n - 1])];
}
