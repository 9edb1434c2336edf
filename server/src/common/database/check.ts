/** SQL for a CHECK that a column holds one of the given values (NULL allowed). */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} IS NULL OR ${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
