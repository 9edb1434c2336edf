import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { can, type Resource } from '../common/auth/permissions.js';
import { actorIdSql } from '../common/auth/row-scope.js';
import { OPEN_OBSTACLE_SQL, personInMatching } from '../persons/in-matching.js';
import { researcherMayReadLog } from '../consents/research-consent.js';

/** The kinds of record search finds, in the order the answer groups them. */
export const SEARCH_KINDS = [
  'households',
  'persons',
  'employers',
  'partner-organizations',
  'obstacles',
  'placements',
  'contact-logs',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string | null;
}
export interface SearchGroup {
  kind: SearchKind;
  results: SearchResult[];
}

/** Matches per kind ranked by the database before the row rules (see the migration GlobalSearch). */
const CANDIDATES = 200;
/** Results per kind in the answer. */
export const RESULTS_PER_KIND = 8;

/**
 * One statement per search: per kind the caller may list, the candidates
 * of `search_candidates` (the organisation's ids and scores) joined to the
 * records as the runtime role, so row-level security and the role's row
 * rules (a matcher's persons in matching, a researcher's readable notes)
 * decide what is shown, exactly as in the lists.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(actor: ActingUser, query: string): Promise<SearchGroup[]> {
    const parts = SEARCH_KINDS.filter((kind) => can(actor.role, kind as Resource, 'list')).map(
      (kind) => `(${kindSql(kind, actor)} ORDER BY score DESC, title, id LIMIT ${RESULTS_PER_KIND})`,
    );
    if (parts.length === 0) return [];
    const rows = await this.dataSource.query<Array<SearchResult & { note: string | null }>>(
      `SELECT kind, id, title, subtitle, note FROM (${parts.join(' UNION ALL ')}) r`,
      [query, CANDIDATES],
    );
    return SEARCH_KINDS.map((kind) => ({
      kind,
      results: rows
        .filter((r) => r.kind === kind)
        .map(({ note, ...r }) => (note === null ? r : { ...r, title: snippet(note, query) })),
    })).filter((g) => g.results.length > 0);
  }
}

function kindSql(kind: SearchKind, actor: ActingUser): string {
  const from = (alias: string, table: string) =>
    `FROM search_candidates('${kind}', $1, $2) c JOIN ${table} ${alias} ON ${alias}.id = c.id AND ${alias}.deleted_at IS NULL`;
  const select = (title: string, subtitle: string, note = 'NULL::text') =>
    `SELECT '${kind}'::text AS kind, c.score, ${title}::text AS title, ${subtitle}::text AS subtitle, ${note} AS note, `;
  const mayReadHouseholds = can(actor.role, 'households', 'list');
  switch (kind) {
    case 'households':
      return `${select('h.reference', 'h.municipality')} h.id ${from('h', 'households')}`;
    case 'persons':
      // The household's reference only for those who may read households (not a matcher).
      return `${select('p.first_name', mayReadHouseholds ? 'h.reference' : 'NULL')} p.id ${from('p', 'persons')}
              JOIN households h ON h.id = p.household_id
              ${actor.role === 'matcher' ? `WHERE ${personInMatching('p.id')}` : ''}`;
    case 'employers':
      return `${select('e.name', "NULLIF(e.city, '')")} e.id ${from('e', 'employers')}`;
    case 'partner-organizations':
      return `${select('po.name', 'po.kind')} po.id ${from('po', 'partner_organizations')}`;
    case 'obstacles':
      return `${select('o.title', 'p.first_name')} o.id ${from('o', 'obstacles')}
              JOIN persons p ON p.id = o.person_id
              ${actor.role === 'matcher' ? `WHERE o.status IN ${OPEN_OBSTACLE_SQL} AND ${personInMatching('o.person_id')}` : ''}`;
    case 'placements':
      return `${select("coalesce(NULLIF(pl.job_title, ''), em.name, pl.sector, '')", 'p.first_name')} pl.id ${from('pl', 'placements')}
              JOIN persons p ON p.id = pl.person_id LEFT JOIN employers em ON em.id = pl.employer_id`;
    case 'contact-logs':
      // Found by its note: a researcher finds only logs whose note they may read (else the match itself tells).
      return `${select("''", "h.reference || ' · ' || to_char(cl.occurred_at, 'YYYY-MM-DD')", 'cl.note')} cl.id ${from('cl', 'contact_logs')}
              JOIN households h ON h.id = cl.household_id
              ${actor.role === 'researcher' ? `WHERE ${researcherMayReadLog('cl', actorIdSql(actor))}` : ''}`;
  }
}

/**
 * Folded for comparing as the database does (accents off, lower case), one
 * UTF-16 unit per character of the text, so a position in it is a position
 * in the text's characters.
 */
function fold(text: string): string {
  return Array.from(text, (ch) => {
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return folded.length === 1 ? folded : ch.length === 1 ? ch : '\uFFFD';
  }).join('');
}

/** About 100 characters of a note around the first word of the query (or its start). */
export function snippet(note: string, query: string): string {
  const chars = Array.from(note.replace(/\s+/g, ' ').trim());
  const word = fold(query.trim().split(/\s+/)[0] ?? '');
  const at = Math.max(0, word ? fold(chars.join('')).indexOf(word) : 0);
  const start = Math.max(0, at - 40);
  const end = Math.min(chars.length, start + 100);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}
