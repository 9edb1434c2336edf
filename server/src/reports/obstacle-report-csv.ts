import type { DataSource } from 'typeorm';
import { householdReferences, userNames } from './filter-names.js';
import {
  formatFilterDate,
  nameIn,
  percent,
  reportCsv,
  sharedFilterNames,
  type Names,
  type ReportLocale,
} from './report-csv.js';
import { fewerThan5 } from './group-names.js';
import type { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';
import type { DomainReportRow, SystemicRow } from '../obstacles/obstacles.repository.js';

/** The obstacle reports' words in the CSV (domain names come from the integration domains). */
const WORDS = {
  byDomain: { nl: 'Obstakels per domein', en: 'Obstacles by domain', uk: 'Перешкоди за сферами' },
  systemic: { nl: 'Systeemobstakels', en: 'Systemic obstacles', uk: 'Системні перешкоди' },
  domain: { nl: 'Domein', en: 'Domain', uk: 'Сфера' },
  open: { nl: 'Open', en: 'Open', uk: 'Відкрита' },
  in_progress: { nl: 'Mee bezig', en: 'In progress', uk: 'У роботі' },
  resolved: { nl: 'Opgelost', en: 'Resolved', uk: 'Вирішена' },
  not_resolvable: { nl: 'Niet oplosbaar', en: 'Not resolvable', uk: 'Не вирішується' },
  total: { nl: 'Totaal', en: 'Total', uk: 'Усього' },
  medianDays: { nl: 'Mediaan dagen tot oplossing', en: 'Median days to resolve', uk: 'Медіана днів до вирішення' },
  shareResolved: { nl: 'Aandeel opgelost (%)', en: 'Share resolved (%)', uk: 'Частка вирішених (%)' },
  title: { nl: 'Obstakel', en: 'Obstacle', uk: 'Перешкода' },
  systemicNote: { nl: 'Toelichting systeemobstakel', en: 'Systemic note', uk: 'Примітка про системність' },
  persons: { nl: 'Personen', en: 'Persons', uk: 'Особи' },
  households: { nl: 'Huishoudens', en: 'Households', uk: 'Домогосподарства' },
  unresolved: { nl: 'Onopgelost', en: 'Unresolved', uk: 'Невирішені' },
  firstIdentifiedOn: { nl: 'Eerst gesignaleerd', en: 'First identified', uk: 'Уперше виявлено' },
  identifiedFrom: { nl: 'Gesignaleerd vanaf', en: 'Identified from', uk: 'Виявлено з' },
  identifiedTo: { nl: 'Gesignaleerd tot en met', en: 'Identified until', uk: 'Виявлено до' },
  resolvedFrom: { nl: 'Opgelost vanaf', en: 'Resolved from', uk: 'Вирішено з' },
  resolvedTo: { nl: 'Opgelost tot en met', en: 'Resolved until', uk: 'Вирішено до' },
  owner: { nl: 'Eigenaar plan', en: 'Plan owner', uk: 'Відповідальний за план' },
  household: { nl: 'Huishouden', en: 'Household', uk: 'Домогосподарство' },
  status: { nl: 'Status', en: 'Status', uk: 'Статус' },
  search: { nl: 'Zoekterm', en: 'Search', uk: 'Пошук' },
  trend: { nl: 'Obstakels door de tijd', en: 'Obstacles over time', uk: 'Перешкоди в динаміці' },
  interval: { nl: 'Periode', en: 'Period', uk: 'Період' },
  month: { nl: 'Maand', en: 'Month', uk: 'Місяць' },
  quarter: { nl: 'Kwartaal', en: 'Quarter', uk: 'Квартал' },
  new: { nl: 'Nieuw', en: 'New', uk: 'Нові' },
  openAtEnd: { nl: 'Open aan het eind', en: 'Open at the end', uk: 'Відкриті на кінець' },
} satisfies Record<string, Names>;

type Word = keyof typeof WORDS;

/** A report row whose figures (all but `Keep`) the small-group rule may have made null. */
type Nullable<T, Keep extends keyof T> = Pick<T, Keep> & { [K in Exclude<keyof T, Keep>]: T[K] | null };

/** Both obstacle CSVs: one filter line, domain names in the reader's language, `domainKey` only with ids. */
export class ObstacleReportCsv {
  private constructor(
    private readonly locale: ReportLocale,
    private readonly ids: boolean,
    private readonly domainNames: Map<string, string>,
    private readonly filters: [string, string][],
  ) {}

  /** `sentFilter`: the filter as sent, already checked (reports/report-filter.ts). */
  static async prepare(
    db: DataSource,
    organizationId: string,
    domains: IntegrationDomain[],
    sentFilter: Record<string, unknown>,
    locale: ReportLocale,
    ids: boolean,
  ): Promise<ObstacleReportCsv> {
    const domainNames = new Map(domains.map((d) => [d.key, nameIn(d.name, locale)]));
    const w = (key: Word) => WORDS[key][locale];
    const f = sentFilter;
    const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
    const filters: [string, string][] = [];
    const date = (key: string, word: Word) =>
      typeof f[key] === 'string' && filters.push([w(word), formatFilterDate(f[key], locale)]);
    date('identifiedOn_gte', 'identifiedFrom');
    date('identifiedOn_lte', 'identifiedTo');
    date('resolvedOn_gte', 'resolvedFrom');
    date('resolvedOn_lte', 'resolvedTo');
    filters.push(...sharedFilterNames(f, locale));
    if (f.ownerId !== undefined) filters.push([w('owner'), await userNames(db, organizationId, f.ownerId)]);
    if (f.householdId !== undefined)
      filters.push([w('household'), await householdReferences(db, organizationId, f.householdId)]);
    if (f.domainKey !== undefined)
      filters.push([
        w('domain'),
        list(f.domainKey)
          .map((k) => domainNames.get(k) ?? k)
          .join(' / '),
      ]);
    if (f.status !== undefined)
      filters.push([
        w('status'),
        list(f.status)
          .map((s) => (s in WORDS ? w(s as Word) : s))
          .join(' / '),
      ]);
    if (typeof f.q === 'string') filters.push([w('search'), f.q]);
    return new ObstacleReportCsv(locale, ids, domainNames, filters);
  }

  /** A domain of fewer than 5 persons says so under "total" and leaves its other figures empty. */
  byDomain(rows: Nullable<Omit<DomainReportRow, 'persons'>, 'domainKey'>[]): string {
    const w = (key: Word) => WORDS[key][this.locale];
    return reportCsv(this.locale, {
      title: w('byDomain'),
      filters: this.filters,
      columns: [
        ...this.idColumn(),
        w('domain'),
        w('open'),
        w('in_progress'),
        w('resolved'),
        w('not_resolvable'),
        w('total'),
        w('medianDays'),
        w('shareResolved'),
      ],
      rows: rows.map((r) => [
        ...this.idCell(r.domainKey),
        this.domainNames.get(r.domainKey) ?? r.domainKey,
        r.open,
        r.inProgress,
        r.resolved,
        r.notResolvable,
        r.total === null ? fewerThan5(this.locale) : r.total,
        r.medianDaysToResolve,
        r.total && r.shareResolved !== null ? percent(r.shareResolved) : null,
      ]),
    });
  }

  /** A row of fewer than 5 persons says so under "persons" and leaves its other figures empty. */
  systemic(rows: Nullable<SystemicRow, 'domainKey' | 'title' | 'systemicNote'>[]): string {
    const w = (key: Word) => WORDS[key][this.locale];
    return reportCsv(this.locale, {
      title: w('systemic'),
      filters: this.filters,
      columns: [
        ...this.idColumn(),
        w('domain'),
        w('title'),
        w('systemicNote'),
        w('persons'),
        w('households'),
        w('unresolved'),
        w('firstIdentifiedOn'),
      ],
      rows: rows.map((r) => [
        ...this.idCell(r.domainKey),
        this.domainNames.get(r.domainKey) ?? r.domainKey,
        r.title,
        r.systemicNote,
        r.persons === null ? fewerThan5(this.locale) : r.persons,
        r.households,
        r.unresolved,
        r.firstIdentifiedOn,
      ]),
    });
  }

  /** One row per period and domain; a cell of fewer than 5 persons says so under "new" and leaves the rest empty. */
  trend(report: {
    interval: string;
    rows: { period: string; domainKey: string; new: number | null; resolved: number | null; open: number | null }[];
  }): string {
    const w = (key: Word) => WORDS[key][this.locale];
    return reportCsv(this.locale, {
      title: w('trend'),
      filters: [[w('interval'), w(report.interval === 'quarter' ? 'quarter' : 'month')], ...this.filters],
      columns: [
        w(report.interval === 'quarter' ? 'quarter' : 'month'),
        ...this.idColumn(),
        w('domain'),
        w('new'),
        w('resolved'),
        w('openAtEnd'),
      ],
      rows: report.rows.map((r) => [
        r.period,
        ...this.idCell(r.domainKey),
        this.domainNames.get(r.domainKey) ?? r.domainKey,
        r.new === null ? fewerThan5(this.locale) : r.new,
        r.resolved,
        r.open,
      ]),
    });
  }

  private idColumn = () => (this.ids ? ['domainKey'] : []);
  private idCell = (key: string) => (this.ids ? [key] : []);
}
