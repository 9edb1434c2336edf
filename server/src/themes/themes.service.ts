import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { parseQueryJson, type RawListParams } from '../common/list/list-query.js';
import { isCalendarDate } from '../common/validation/validators.js';
import { TRACKS } from '../households/household.enums.js';
import { reportLocale, wantsIds } from '../common/reports/report-csv.js';
import { themesCsv } from './themes-csv.js';
import { contactLogThemes, helpdeskThemes, type ThemeFilter } from './theme-minutes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const FILTERS = ['level', 'occurredAt_gte', 'occurredAt_lte', 'authorId', 'municipality', 'track', 'householdId'] as const;

@Injectable()
export class ThemesService {
  constructor(private readonly dataSource: DataSource) {}

  async report(actor: ActingUser, params: RawListParams) {
    const { level, filter, given } = parseThemeFilter(params.filter);
    const topLevel = level === 'top';
    const logs = await contactLogThemes(this.dataSource, actor.organizationId, filter, topLevel);
    const helpdesk = await helpdeskThemes(this.dataSource, actor.organizationId, filter, topLevel);
    // Every filter applies to the helpdesk too (the author as who answered); said so the two sides are read alike.
    return { level, totalMinutes: logs.totalMinutes, rows: logs.rows, helpdesk: { ...helpdesk, filtersApplied: given } };
  }

  /** The report as CSV for people: see themes-csv.ts. */
  async csv(actor: ActingUser, params: RawListParams & { lang?: unknown; locale?: unknown; ids?: unknown }): Promise<string> {
    const locale = reportLocale(params);
    const ids = wantsIds(params.ids);
    const report = await this.report(actor, params);
    return themesCsv(this.dataSource, actor.organizationId, report, parseThemeFilter(params.filter).raw, locale, ids);
  }
}

/** The report's `filter`: a JSON object of known keys; equality keys take one value or a list ("one of"). */
export function parseThemeFilter(raw: unknown): { level: 'top' | 'all'; filter: ThemeFilter; given: string[]; raw: Record<string, unknown> } {
  const sent = parseQueryJson(raw, 'filter');
  // `filter=null` stays a 400 below; only no filter at all is an empty one.
  const parsed = sent === undefined ? {} : sent;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidQuery('filter must be a JSON object');
  const f = parsed as Record<string, unknown>;
  const unknown = Object.keys(f).filter((k) => !(FILTERS as readonly string[]).includes(k));
  if (unknown.length) throw invalidQuery(`unknown filter "${unknown[0]}"; filters: ${FILTERS.join(', ')}`);
  const level = f.level ?? 'top';
  if (level !== 'top' && level !== 'all') throw invalidQuery('filter level must be "top" or "all"');
  const filter: ThemeFilter = {
    from: bound(f, 'occurredAt_gte'),
    to: bound(f, 'occurredAt_lte'),
    authorIds: oneOf(f, 'authorId', (v) => UUID.test(v), 'a user id'),
    householdIds: oneOf(f, 'householdId', (v) => UUID.test(v), 'a household id'),
    municipalities: oneOf(f, 'municipality', () => true, 'a municipality'),
    tracks: oneOf(f, 'track', (v) => (TRACKS as readonly string[]).includes(v), `one of ${TRACKS.join(', ')}`),
  };
  const given = Object.keys(f).filter((k) => k !== 'level' && f[k] !== undefined);
  return { level, filter, given, raw: f };
}

/** A date (YYYY-MM-DD) or a timestamp, on a day that exists. */
function bound(f: Record<string, unknown>, key: string): string | undefined {
  const value = f[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (isCalendarDate(value)) return value;
    const match = TIMESTAMP.exec(value);
    if (match && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value))) return value;
  }
  throw invalidQuery(`filter ${key} must be a date (YYYY-MM-DD) or a date and time (ISO 8601) that exists`);
}

function oneOf(f: Record<string, unknown>, key: string, valid: (v: string) => boolean, what: string): string[] | undefined {
  const value = f[key];
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 1000 || !values.every((v) => typeof v === 'string' && valid(v))) {
    throw invalidQuery(`filter ${key} must be ${what} or a list of them`);
  }
  return [...new Set(values as string[])];
}
