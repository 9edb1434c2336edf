import { Injectable } from '@nestjs/common';
import type { ActingUser } from '../common/auth/acting-user.js';
import { ShelterMovesRepository, DAYS_AFTER_FORCED_MOVE } from '../shelter-moves/shelter-moves.repository.js';
import { householdFilters, oneOf, type ReportFilter, type ReportFilterSpec } from './report-filter.js';
import { formatFilterDate, reportCsv, sharedFilterNames, type Names, type ReportLocale } from './report-csv.js';

/** The period of the move's date and the household's municipality; "without a municipality" has no answer. */
export const SHELTER_MOVE_REPORT_FILTER: ReportFilterSpec = {
  periods: { date: { column: '', type: 'date' } },
  filters: { municipality: householdFilters().municipality },
  nulls: 'refused',
};

type Figures = Awaited<ReturnType<ShelterMovesRepository['report']>>[number];
export interface ShelterMoveReport {
  daysAfterForcedMove: number;
  total: Omit<Figures, 'municipality'>;
  municipalities: (Omit<Figures, 'municipality'> & { municipality: string })[];
}

const WORDS = {
  title: { nl: 'Verhuizingen tussen opvanglocaties', en: 'Shelter moves', uk: 'Переїзди між місцями проживання' },
  municipality: { nl: 'Gemeente', en: 'Municipality', uk: 'Громада' },
  all: { nl: 'Alle gemeenten', en: 'All municipalities', uk: 'Усі громади' },
  moves: { nl: 'Verhuizingen', en: 'Moves', uk: 'Переїзди' },
  forcedMoves: { nl: 'Gedwongen verhuizingen', en: 'Forced moves', uk: 'Вимушені переїзди' },
  medianNoticeDays: {
    nl: 'Mediaan dagen vooraf gemeld',
    en: 'Median days of notice',
    uk: 'Медіана днів попередження',
  },
  medianNoticeDaysForced: {
    nl: 'Mediaan dagen vooraf gemeld (gedwongen)',
    en: 'Median days of notice (forced)',
    uk: 'Медіана днів попередження (вимушені)',
  },
  placementsEndedAfterForcedMove: {
    nl: 'Plaatsingen beëindigd binnen 30 dagen na gedwongen verhuizing',
    en: 'Placements ended within 30 days after a forced move',
    uk: 'Працевлаштування, що завершилися протягом 30 днів після вимушеного переїзду',
  },
  from: { nl: 'Verhuisd vanaf', en: 'Moved from', uk: 'Переїзд з' },
  to: { nl: 'Verhuisd tot en met', en: 'Moved until', uk: 'Переїзд до' },
} satisfies Record<string, Names>;

/**
 * Forced moves and what they do to work (letter 002, "Opvang": "Beperk
 * gedwongen verhuisbewegingen ... tot een minimum"): per municipality and in
 * all, for the period asked.
 */
@Injectable()
export class ShelterMovesReportService {
  constructor(private readonly moves: ShelterMovesRepository) {}

  async report(actor: ActingUser, { filter }: ReportFilter): Promise<ShelterMoveReport> {
    const rows = await this.moves.report(actor.organizationId, {
      from: filter.date_gte as string | undefined,
      to: filter.date_lte as string | undefined,
      municipalities: oneOf(filter.municipality),
    });
    const [totalRow, ...perMunicipality] = rows;
    const { municipality: _all, ...total } = totalRow;
    return {
      daysAfterForcedMove: DAYS_AFTER_FORCED_MOVE,
      total,
      municipalities: perMunicipality.map((row) => ({ ...row, municipality: row.municipality! })),
    };
  }

  /** One row per municipality and one for all, the figures as columns, in the reader's language. */
  csv(report: ShelterMoveReport, sent: Record<string, unknown>, locale: ReportLocale, ids: boolean): string {
    const w = (key: keyof typeof WORDS) => WORDS[key][locale];
    const figures = [
      'moves',
      'forcedMoves',
      'medianNoticeDays',
      'medianNoticeDaysForced',
      'placementsEndedAfterForcedMove',
    ] as const;
    const line = (name: string, key: string, row: ShelterMoveReport['total']) => [
      ...(ids ? [key] : []),
      name,
      ...figures.map((f) => row[f]),
    ];
    const filters: [string, string][] = [];
    if (typeof sent.date_gte === 'string') filters.push([w('from'), formatFilterDate(sent.date_gte, locale)]);
    if (typeof sent.date_lte === 'string') filters.push([w('to'), formatFilterDate(sent.date_lte, locale)]);
    filters.push(...sharedFilterNames(sent, locale));
    return reportCsv(locale, {
      title: w('title'),
      filters,
      columns: [...(ids ? ['municipality'] : []), w('municipality'), ...figures.map((f) => w(f))],
      rows: [
        ...report.municipalities.map((row) => line(row.municipality, row.municipality, row)),
        line(w('all'), 'all', report.total),
      ],
    });
  }
}
