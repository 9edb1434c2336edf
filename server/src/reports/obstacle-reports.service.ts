import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { OBSTACLE_FILTERS, ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { ObstacleReportCsv } from './obstacle-report-csv.js';
import { householdFilters, personFilters, type ReportFilter, type ReportFilterSpec } from './report-filter.js';
import { personFilterColumns } from './person-conditions.js';
import { PERIOD_FORMAT, type TrendInterval } from './theme-trend.js';
import { periodRange } from './trend-periods.js';
import { SMALLEST_GROUP } from './cohorts/cohort.enums.js';
import { guardGroup } from './small-groups.js';
import type { ReportAnswer } from './report-request.js';

/** The obstacle reports' filter: the obstacle list's, plus the household's municipality and track. */
export const OBSTACLE_REPORT_FILTER: ReportFilterSpec = {
  filters: {
    ...OBSTACLE_FILTERS,
    ...householdFilters('o.household_id'),
    ...personFilters(personFilterColumns('o.person_id')),
  },
  search: ['o.title', 'o.description', 'o.systemicNote'],
  ids: true,
  nulls: 'without',
};

/** The figures of a domain row and of a systemic row that a small group hides. */
const DOMAIN_FIGURES = [
  'open',
  'inProgress',
  'resolved',
  'notResolvable',
  'total',
  'medianDaysToResolve',
  'shareResolved',
] as const;
const SYSTEMIC_FIGURES = ['persons', 'households', 'unresolved', 'firstIdentifiedOn'] as const;

/** The same filter as the obstacles repository applies it (`applyFilters`). */
const OBSTACLE_REPORT_SPEC: ListSpec = {
  resource: 'obstacles',
  sortable: { domainKey: 'o.domainKey' },
  filters: OBSTACLE_REPORT_FILTER.filters,
  search: OBSTACLE_REPORT_FILTER.search ?? [],
  defaultSort: ['domainKey', 'ASC'],
};

/** Obstacles by domain and the systemic obstacles, as JSON or CSV. */
@Injectable()
export class ObstacleReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly obstacles: ObstaclesRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {}

  /**
   * Counts per domain; a domain whose obstacles concern 1 to 4 persons
   * keeps only its key. The totals over all domains stay as they are.
   */
  async byDomain(actor: ActingUser, { filter }: ReportFilter) {
    const rows = await this.obstacles.byDomain(actor.organizationId, filter, OBSTACLE_REPORT_SPEC);
    const total = rows.reduce((sum, d) => sum + d.total, 0);
    const resolved = rows.reduce((sum, d) => sum + d.resolved, 0);
    const byDomain = rows.map(({ persons, ...d }) => guardGroup(d, persons, DOMAIN_FIGURES));
    return { byDomain, total, shareResolved: total === 0 ? 0 : resolved / total, filtersApplied: Object.keys(filter) };
  }

  /**
   * New, resolved and open obstacles per domain and period (see
   * ObstaclesRepository.trend), every period from the first identified
   * obstacle to today; a cell whose obstacles concern 1 to 4 persons keeps
   * only its period and domain.
   */
  async trend(actor: ActingUser, { filter }: ReportFilter, interval: TrendInterval) {
    const cells = await this.obstacles.trend(
      actor.organizationId,
      filter,
      OBSTACLE_REPORT_SPEC,
      interval,
      PERIOD_FORMAT[interval],
    );
    const periods = cells.length ? periodRange(cells[0].period, cells[cells.length - 1].period, interval) : [];
    const rows = cells.map(({ persons, ...c }) => {
      const hidden = persons > 0 && persons < SMALLEST_GROUP;
      return hidden
        ? {
            period: c.period,
            domainKey: c.domainKey,
            new: null,
            resolved: null,
            open: null,
            fewerThan5: ['new', 'resolved', 'open'],
          }
        : { ...c, fewerThan5: [] as string[] };
    });
    return { interval, filtersApplied: Object.keys(filter), periods, rows };
  }

  /**
   * The systemic obstacles; a row of 1 to 4 persons keeps its domain,
   * title and note (the barrier, not the people) and its obstacle ids (for
   * the team to link a policy signal; never in the CSV), not its figures.
   */
  async systemic(actor: ActingUser, { filter }: ReportFilter) {
    const rows = await this.obstacles.systemic(actor.organizationId, filter, OBSTACLE_REPORT_SPEC);
    return rows.map((r) => guardGroup(r, r.persons, SYSTEMIC_FIGURES));
  }

  /** Both CSVs' names and filter line (obstacle-report-csv.ts). */
  async csv(actor: ActingUser, filter: ReportFilter, answer: ReportAnswer): Promise<ObstacleReportCsv> {
    const domains = await this.domains.all();
    return ObstacleReportCsv.prepare(
      this.dataSource,
      actor.organizationId,
      domains,
      filter.sent,
      answer.locale,
      answer.ids,
    );
  }
}
