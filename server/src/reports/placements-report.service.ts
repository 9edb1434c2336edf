import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { PlacementsRepository } from '../placements/placements.repository.js';
import { placementReportCsv, type PlacementReport } from './placement-report-csv.js';
import { personFilterOf } from './person-conditions.js';
import { householdFilters, oneOf, personFilters, type ReportFilter, type ReportFilterSpec } from './report-filter.js';
import type { ReportAnswer } from './report-request.js';
import { guardCounts, guardGroup, isFewerThan5 } from './small-groups.js';
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

type SignalRow = { sector: string; signals: number; reported: number; persons: number } & Record<SignalKind, number>;
type QuarterRow = { quarter: string; started: number; fits: number; share: number; persons: number };

/**
 * Why matches ended: counts per reason, and how often the residence status
 * was the reason (a temporary contract not renewed because of it), as a
 * share of the ended matches that say why. Counts of matches whose persons
 * are 1 to 4 are hidden, and the residence-status share with its count (it
 * is that count over a number shown).
 */
function endReasons(r: Record<string, unknown>) {
  const byReason = r.end_reasons as Record<EndReason, number>;
  const reasonPersons = r.end_reason_persons as Record<EndReason, number>;
  const withReason = (r.ended as number) - (r.ended_without_reason as number);
  const residenceStatus = byReason.not_renewed_residence_status;
  const figures = {
    ended: r.ended as number,
    withoutReason: r.ended_without_reason as number,
    byReason: guardCounts(byReason, reasonPersons),
    residenceStatus,
    residenceStatusShare: withReason ? residenceStatus / withReason : 0,
  };
  const hidden = [
    ...(isFewerThan5(r.ended_persons as number) ? ['ended'] : []),
    ...(isFewerThan5(r.ended_without_reason_persons as number) ? ['withoutReason'] : []),
    ...(isFewerThan5(reasonPersons.not_renewed_residence_status) ? ['residenceStatus', 'residenceStatusShare'] : []),
  ];
  return { ...figures, ...Object.fromEntries(hidden.map((f) => [f, null])), fewerThan5: hidden } as Omit<
    typeof figures,
    'ended' | 'withoutReason' | 'residenceStatus' | 'residenceStatusShare'
  > & {
    ended: number | null;
    withoutReason: number | null;
    residenceStatus: number | null;
    residenceStatusShare: number | null;
    fewerThan5: string[];
  };
}

/** Labour-rights signals on matches, per sector (null: no sector given), with how many were reported. */
function signalsBySector(rows: SignalRow[]) {
  return rows.map((row) =>
    guardGroup(
      {
        sector: row.sector || null,
        signals: row.signals,
        reported: row.reported,
        byKind: Object.fromEntries(SIGNAL_KINDS.map((k) => [k, row[k]])) as Record<SignalKind, number>,
      },
      row.persons,
      ['signals', 'reported', 'byKind'],
    ),
  );
}

/** Placements started and fitting per quarter; a quarter of 1 to 4 persons keeps only its name. */
function fitByQuarter(rows: QuarterRow[]) {
  return rows.map(({ persons, ...q }) => guardGroup(q, persons, ['started', 'fits', 'share']));
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
    // Every count but the employers' is of persons (or, per quarter, reason and sector, has its persons beside it).
    const oneOffSmall = isFewerThan5(r.one_off_then_long_term as number);
    const matchedSmall = isFewerThan5(r.matched as number);
    return {
      filtersApplied: Object.keys(filter),
      funnel: guardCounts({
        supported: r.supported as number,
        withConversation: r.with_conversation as number,
        matched: r.matched as number,
        longTerm: r.long_term as number,
      }),
      byType: guardCounts({
        paid_job: r.paid_job as number,
        internship: r.internship as number,
        volunteer: r.volunteer as number,
        one_off_gig: r.one_off_gig as number,
        self_employed: r.self_employed as number,
      }),
      oneOffThenLongTerm: oneOffSmall ? null : (r.one_off_then_long_term as number),
      employersPlaced: r.employers_placed as number,
      employersContacted: r.employers_contacted as number,
      // A share of the matched persons: hidden with them.
      fullTimeShare: matchedSmall ? null : ((r.full_time_share as number | null) ?? 0),
      contractTypes: guardCounts(r.contract_types as Record<string, number>),
      fitByQuarter: fitByQuarter(r.fit_by_quarter as QuarterRow[]),
      endReasons: endReasons(r),
      signalsBySector: signalsBySector(r.signals_by_sector as SignalRow[]),
      fewerThan5: [...(oneOffSmall ? ['oneOffThenLongTerm'] : []), ...(matchedSmall ? ['fullTimeShare'] : [])],
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
