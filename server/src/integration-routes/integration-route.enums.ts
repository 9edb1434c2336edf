/**
 * The three learning routes of the Wet inburgering 2021 (letter 004,
 * footnote 8): B1, the education route, and the Z-route for whom the other
 * two are too hard.
 */
export const INTEGRATION_ROUTE_KINDS = ['b1', 'education', 'z_route'] as const;
export type IntegrationRouteKind = (typeof INTEGRATION_ROUTE_KINDS)[number];

/**
 * The parts every route has (letter 002, "Inburgeringsplicht"): the language
 * at the route's level, knowledge of Dutch society (KNM), the labour-market
 * module (MAP) and the participation statement (PVT).
 */
export const INTEGRATION_PARTS = [
  'language',
  'society_knowledge',
  'labour_market_module',
  'participation_statement',
] as const;
export type IntegrationPart = (typeof INTEGRATION_PARTS)[number];

/** Where a part stands; `exempted` (vrijstelling/ontheffing) counts as finished. */
export const INTEGRATION_PART_STATUSES = ['not_started', 'in_progress', 'completed', 'exempted'] as const;
export type IntegrationPartStatus = (typeof INTEGRATION_PART_STATUSES)[number];

/** A part that no longer stands between the person and the deadline. */
export const FINISHED_PART_STATUSES: readonly IntegrationPartStatus[] = ['completed', 'exempted'];

/** The language level each route leads to (letter 004, footnote 8). */
export const LANGUAGE_LEVEL: Record<IntegrationRouteKind, string> = { b1: 'B1', education: 'B1', z_route: 'A1' };

/** The entity's and the API's field prefix of each part: `languageStatus`, `societyKnowledgeStartedOn`, ... */
export const PART_FIELD: Record<IntegrationPart, string> = {
  language: 'language',
  society_knowledge: 'societyKnowledge',
  labour_market_module: 'labourMarketModule',
  participation_statement: 'participationStatement',
};

/** The SQL column prefix of each part. */
export const PART_COLUMN: Record<IntegrationPart, string> = {
  language: 'language',
  society_knowledge: 'society_knowledge',
  labour_market_module: 'labour_market_module',
  participation_statement: 'participation_statement',
};

/** SQL: the parts of route `alias` that are not finished, in the order above (a text[]). */
export const unfinishedPartsSql = (alias: string) =>
  `ARRAY_REMOVE(ARRAY[${INTEGRATION_PARTS.map(
    (part) =>
      `CASE WHEN ${alias}.${PART_COLUMN[part]}_status IN (${FINISHED_PART_STATUSES.map((s) => `'${s}'`).join(', ')}) THEN NULL ELSE '${part}' END`,
  ).join(', ')}]::text[], NULL)`;
