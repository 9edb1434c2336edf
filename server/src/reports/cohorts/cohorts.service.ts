import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../../common/auth/acting-user.js';
import { invalidQuery } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { PROTECTION_BASES } from '../../households/household.enums.js';
import { AGE_BANDS, GENDERS } from '../../persons/person.enums.js';
import { personFilterOf } from '../person-conditions.js';
import { householdFilters, oneOf, personFilters, type ReportFilter, type ReportFilterSpec } from '../report-filter.js';
import type { ReportAnswer } from '../report-request.js';
import { cohortsCsv } from './cohorts-csv.js';
import {
  AT_RISK_MONTHS,
  COHORT_EVENTS,
  COHORT_GROUPS,
  COHORT_STARTS,
  DAYS_PER_MONTH,
  SHARE_MONTHS,
  SMALLEST_GROUP,
  type CohortEvent,
  type CohortGroup,
  type CohortStart,
} from './cohort.enums.js';
import { cohortCounts, type CohortCount } from './cohorts.query.js';
import { estimateAt, kaplanMeier } from './kaplan-meier.js';

/** The cohort report's filter: event and start (options), and the usual household and person filters. */
export const COHORT_REPORT_FILTER: ReportFilterSpec = {
  options: { event: COHORT_EVENTS, start: COHORT_STARTS },
  filters: { ...householdFilters(), ...personFilters() },
  nulls: 'refused',
};

/** One month of a curve: the share that reached the event by then, its 95% interval, persons at risk. */
export interface CurvePoint {
  month: number;
  share: number;
  lower: number;
  upper: number;
  atRisk: number;
}

export interface CohortGroupResult {
  key: string;
  /** Persons followed (start date known); null when fewer than 5. */
  persons: number | null;
  /** Persons of the group left out because their start date is unknown; null when 1 to 4. */
  unknownStart: number | null;
  /** Persons at risk at 0, 6, 12 and 24 months (null beyond the longest follow-up). */
  atRisk: Record<string, number | null> | null;
  /** Share that reached the event by 6, 12 and 24 months, a fraction (null beyond the longest follow-up). */
  shares: Record<string, number | null> | null;
  curve: CurvePoint[] | null;
  /** The fields above that stand for fewer than 5 persons and are therefore null (docs/api.md). */
  fewerThan5: string[];
}

export interface CohortReport {
  event: CohortEvent;
  start: CohortStart;
  groupBy: CohortGroup | null;
  /** The day persons still supported are censored at. */
  censoredAt: string;
  persons: number | null;
  unknownStart: number | null;
  groups: CohortGroupResult[];
  filtersApplied: string[];
  fewerThan5: string[];
}

/** `groupBy` from the query string: one of COHORT_GROUPS, or absent for one group `all`. */
export function cohortGroupBy(value: unknown): CohortGroup | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !(COHORT_GROUPS as readonly string[]).includes(value))
    throw invalidQuery(`groupBy must be one of ${COHORT_GROUPS.join(', ')}`);
  return value as CohortGroup;
}

@Injectable()
export class CohortsService {
  constructor(private readonly dataSource: DataSource) {}

  async report(actor: ActingUser, sent: ReportFilter, groupBy: CohortGroup | null): Promise<CohortReport> {
    const { filter, options } = sent;
    const censoredAt = today();
    const counts = await cohortCounts(this.dataSource, actor.organizationId, {
      event: options.event as CohortEvent,
      start: options.start as CohortStart,
      groupBy,
      today: censoredAt,
      municipalities: oneOf(filter.municipality),
      tracks: oneOf(filter.track),
      persons: personFilterOf(filter),
    });
    const byGroup = new Map<string, CohortCount[]>();
    for (const c of counts) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
    const groups = orderGroups([...byGroup.keys()], groupBy).map((key) => cohortGroup(key, byGroup.get(key)!));
    const followed = counts.filter((c) => c.days !== null).reduce((sum, c) => sum + c.persons, 0);
    const unknown = counts.filter((c) => c.days === null).reduce((sum, c) => sum + c.persons, 0);
    return {
      event: options.event as CohortEvent,
      start: options.start as CohortStart,
      groupBy,
      censoredAt,
      persons: small(followed) ? null : followed,
      unknownStart: small(unknown) ? null : unknown,
      groups,
      filtersApplied: Object.keys(filter),
      fewerThan5: [...(small(followed) ? ['persons'] : []), ...(small(unknown) ? ['unknownStart'] : [])],
    };
  }

  csv(actor: ActingUser, report: CohortReport, filter: ReportFilter, answer: ReportAnswer): string {
    return cohortsCsv(report, filter.sent, answer.locale);
  }
}

/** 1 to 4 persons: a group too small to show outside the team (0 is shown: nobody to recognise). */
export const small = (persons: number): boolean => persons > 0 && persons < SMALLEST_GROUP;

/** One group's estimate; a group of fewer than 5 followed persons keeps only its key. */
export function cohortGroup(key: string, counts: CohortCount[]): CohortGroupResult {
  const followed = counts.filter((c) => c.days !== null);
  const persons = followed.reduce((sum, c) => sum + c.persons, 0);
  const unknownStart = counts.filter((c) => c.days === null).reduce((sum, c) => sum + c.persons, 0);
  const unknownSmall = small(unknownStart) ? ['unknownStart'] : [];
  if (small(persons))
    return {
      key,
      persons: null,
      unknownStart: unknownSmall.length ? null : unknownStart,
      atRisk: null,
      shares: null,
      curve: null,
      fewerThan5: ['persons', ...unknownSmall, 'atRisk', 'shares', 'curve'],
    };
  const steps = kaplanMeier(followed.map((c) => ({ time: c.days!, event: c.event, count: c.persons })));
  const at = (month: number) => estimateAt(steps, Math.floor(month * DAYS_PER_MONTH), persons);
  const curve: CurvePoint[] = [];
  for (let month = 0; persons > 0; month++) {
    const e = at(month);
    if (!e) break;
    curve.push({ month, share: e.share, lower: e.lower, upper: e.upper, atRisk: e.atRisk });
    if (e.atRisk === 0) break;
  }
  return {
    key,
    persons,
    unknownStart: unknownSmall.length ? null : unknownStart,
    atRisk: Object.fromEntries(AT_RISK_MONTHS.map((m) => [String(m), at(m)?.atRisk ?? null])),
    shares: Object.fromEntries(SHARE_MONTHS.map((m) => [String(m), at(m)?.share ?? null])),
    curve,
    fewerThan5: unknownSmall,
  };
}

/** Enum groups in their list's order, municipalities by name, quarters in time; `unknown` last. */
function orderGroups(keys: string[], groupBy: CohortGroup | null): string[] {
  const order: readonly string[] | undefined =
    groupBy === 'protectionBasis'
      ? PROTECTION_BASES
      : groupBy === 'gender'
        ? GENDERS
        : groupBy === 'ageBand'
          ? AGE_BANDS
          : undefined;
  const rank = (key: string) => (key === 'unknown' ? 2 : 1) * 1000 + (order ? order.indexOf(key) : 0);
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
