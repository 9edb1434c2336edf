import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { PlacementsRepository } from '../placements/placements.repository.js';
import { placementReportCsv, type PlacementReport } from './placement-report-csv.js';
import { personFilterOf } from './person-conditions.js';
import { householdFilters, oneOf, personFilters, type ReportFilter, type ReportFilterSpec } from './report-filter.js';
import type { ReportAnswer } from './report-request.js';
import { SIGNAL_KINDS, type SignalKind } from '../placements/placement.enums.js';
import type { EndReason } from '../placements/transitions.js';

/**
 * What the placements report may be filtered on: the period of the start
 * date, matcher and municipality. "Without a matcher / municipality" is not
 * a question this report answers, so null is refused.
 */
export const PLACEMENT_REPORT_FILTER: ReportFilterSpec = {
  periods: { startDate: { column: '', type: 'date' } },
  filters: {
    matcherId: { column: '', type: 'uuid' },
    municipality: householdFilters().municipality,
    ...personFilters(),
  },
  nulls: 'refused',
};

type SignalRow = { sector: string; signals: number; reported: number } & Record<SignalKind, number>;

/**
 * Why matches ended: counts per reason, and how often the residence status
 * was the reason (a temporary contract not renewed because of it), as a
 * share of the ended matches that say why.
 */
function endReasons(r: Record<string, unknown>) {
  const byReason = r.end_reasons as Record<EndReason, number>;
  const withReason = (r.ended as number) - (r.ended_without_reason as number);
  const residenceStatus = byReason.not_renewed_residence_status;
  return {
    ended: r.ended as number,
    withoutReason: r.ended_without_reason as number,
    byReason,
    residenceStatus,
    residenceStatusShare: withReason ? residenceStatus / withReason : 0,
  };
}

/** Labour-rights signals on matches, per sector (null: no sector given), with how many were reported. */
function signalsBySector(rows: SignalRow[]) {
  return rows.map((row) => ({
    sector: row.sector || null,
    signals: row.signals,
    reported: row.reported,
    byKind: Object.fromEntries(SIGNAL_KINDS.map((k) => [k, row[k]])) as Record<SignalKind, number>,
  }));
}

/** The funnel, counts by type and contract, employers, the perspective shift per quarter, end reasons and signals. */
@Injectable()
export class PlacementsReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly placements: PlacementsRepository,
  ) {}

  async report(actor: ActingUser, { filter }: ReportFilter) {
    const r = await this.placements.report(actor.organizationId, {
      from: filter.startDate_gte as string | undefined,
      to: filter.startDate_lte as string | undefined,
      matcherIds: oneOf(filter.matcherId),
      municipalities: oneOf(filter.municipality),
      persons: personFilterOf(filter),
    });
    return {
      filtersApplied: Object.keys(filter),
      funnel: {
        supported: r.supported,
        withConversation: r.with_conversation,
        matched: r.matched,
        longTerm: r.long_term,
      },
      byType: {
        paid_job: r.paid_job,
        internship: r.internship,
        volunteer: r.volunteer,
        one_off_gig: r.one_off_gig,
        self_employed: r.self_employed,
      },
      oneOffThenLongTerm: r.one_off_then_long_term,
      employersPlaced: r.employers_placed,
      employersContacted: r.employers_contacted,
      fullTimeShare: r.full_time_share ?? 0,
      contractTypes: r.contract_types,
      fitByQuarter: r.fit_by_quarter,
      endReasons: endReasons(r),
      signalsBySector: signalsBySector(r.signals_by_sector as SignalRow[]),
    };
  }

  csv(
    actor: ActingUser,
    report: Awaited<ReturnType<PlacementsReportService['report']>>,
    filter: ReportFilter,
    answer: ReportAnswer,
  ): Promise<string> {
    return placementReportCsv(
      this.dataSource,
      actor.organizationId,
      report as unknown as PlacementReport,
      filter.sent,
      answer.locale,
      answer.ids,
    );
  }
}
