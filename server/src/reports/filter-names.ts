/** Names for the ids in a report's filter line: colleagues by name, households by their pseudonymous reference. */
type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);

/** The users' full names, in the order given; an id of another organisation stays unnamed ("?"). */
export async function userNames(db: Query, organizationId: string, ids: unknown): Promise<string> {
  const wanted = list(ids);
  const rows = (await db.query(
    'SELECT id, full_name AS name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])',
    [organizationId, wanted],
  )) as { id: string; name: string }[];
  return wanted.map((id) => rows.find((r) => r.id === id.toLowerCase())?.name ?? '?').join(' / ');
}

/** The households' references (never names of people). */
export async function householdReferences(db: Query, organizationId: string, ids: unknown): Promise<string> {
  const wanted = list(ids);
  const rows = (await db.query(
    'SELECT id, reference AS name FROM households WHERE organization_id = $1 AND id = ANY($2::uuid[])',
    [organizationId, wanted],
  )) as { id: string; name: string }[];
  return wanted.map((id) => rows.find((r) => r.id === id.toLowerCase())?.name ?? '?').join(' / ');
}
