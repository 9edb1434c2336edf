import type { ContractType, Fit, PlacementType } from './placement.enums.js';

/**
 * A year of placement work shaped like the NewBees figures in the
 * OpenEmbassy report (Oct 2022 – Oct 2023): 81 people supported, network
 * conversations for 66, 53 paid jobs, 5 internships, 7 volunteer, 21 one-off
 * gigs of whom 8 later matched long-term, 55 employers placed with out of 80
 * contacted (the other 25 only had network conversations). Used by the demo
 * seed and by the report's API test.
 *
 * The report also says 68 long-term matches; with long-term derived as "a
 * contract and not a one-off gig", 53 + 5 + 7 persons can give at most 65,
 * so this plan has 65 (see docs/domain-model.md).
 */
export interface PlannedPlacement {
  type: PlacementType;
  contractType: ContractType;
  hoursPerWeek: number;
  /** When the matcher proposed it: a few weeks before a long-term start, a week before a gig. */
  proposedOn: string;
  startDate: string;
  /** A one-off gig ends the day it starts; the others are still running. */
  endDate: string | null;
  employerIndex: number;
  fit: Fit;
  status: 'started' | 'ended' | 'proposed';
  sector: string;
  jobTitle: string;
}

export interface PlannedPerson {
  /** On or before the person's first conversation or proposal. */
  matchingSince: string;
  conversations: { date: string; employerIndex: number; sector: string; outcome: 'lead' | 'no_lead' | 'follow_up' }[];
  placements: PlannedPlacement[];
}

export interface FiguresPlan {
  employers: { name: string; sector: string; city: string }[];
  persons: PlannedPerson[];
}

const QUARTER_STARTS = ['2022-11-15', '2023-02-15', '2023-05-15', '2023-08-15', '2023-11-15'];
// Sectors and job titles are free text people type: in a Dutch organisation's demo, Dutch words.
const SECTORS = ['Zorg', 'Horeca', 'Logistiek', 'IT', 'Onderwijs', 'Detailhandel', 'Schoonmaak', 'Techniek'];
const JOB_TITLES = {
  paid_job: 'Medewerker',
  internship: 'Stagiair',
  volunteer: 'Vrijwilliger',
  one_off_gig: 'Eenmalige klus',
  self_employed: 'Zelfstandige',
} as const;
const CITIES = ['Amsterdam', 'Zaanstad', 'Nijmegen'];
const PLACED_EMPLOYERS = 55;

const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(date) - days * 86_400_000).toISOString().slice(0, 10);
const earliest = (dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));

export function reportFiguresPlan(): FiguresPlan {
  const employers = Array.from({ length: 80 }, (_, i) => ({
    name: `Werkgever ${String(i + 1).padStart(2, '0')}`,
    sector: SECTORS[i % SECTORS.length],
    city: CITIES[i % CITIES.length],
  }));
  let nextEmployer = 0;
  const employer = () => nextEmployer++ % PLACED_EMPLOYERS;

  const persons: PlannedPerson[] = [];
  for (let i = 0; i < 81; i++) {
    const placements: PlannedPlacement[] = [];
    const quarter = i % 5;
    const longTerm = (type: PlacementType, contractType: ContractType, hoursPerWeek: number): PlannedPlacement => ({
      type,
      contractType,
      hoursPerWeek,
      proposedOn: daysBefore(QUARTER_STARTS[quarter], 14 + (i % 5) * 7),
      startDate: QUARTER_STARTS[quarter],
      endDate: null,
      employerIndex: employer(),
      // The perspective shift: later placements fit people's training more often.
      fit: (quarter === 2 && i % 2 === 0) || quarter >= 3 ? 'fits' : 'does_not_fit',
      status: 'started',
      sector: SECTORS[i % SECTORS.length],
      jobTitle: JOB_TITLES[type],
    });
    const gig = (startDate: string): PlannedPlacement => ({
      type: 'one_off_gig',
      contractType: 'none',
      hoursPerWeek: 8,
      proposedOn: daysBefore(startDate, 7),
      startDate,
      endDate: startDate,
      employerIndex: employer(),
      fit: 'does_not_fit',
      status: 'ended',
      sector: 'Evenementen',
      jobTitle: JOB_TITLES.one_off_gig,
    });

    if (i < 53) {
      const contract: ContractType = i < 10 ? 'permanent' : i < 35 ? 'fixed_term' : i < 45 ? 'on_call' : 'agency';
      placements.push(longTerm('paid_job', contract, i < 30 ? 36 : 24));
    } else if (i < 58) {
      placements.push(longTerm('internship', 'fixed_term', 32));
    } else if (i < 65) {
      placements.push(longTerm('volunteer', 'fixed_term', 16));
    }
    // Eight people first did a one-off gig and later got a long-term match.
    if (i >= 57 && i < 65) placements.unshift(gig('2022-10-05'));
    if (i >= 65 && i < 78) placements.push(gig('2023-01-10'));
    // Two proposals that did not (yet) start: not matches.
    if (i === 78 || i === 79)
      placements.push({ ...gig('2023-09-01'), endDate: null, status: 'proposed', employerIndex: 70 });

    const conversations: PlannedPerson['conversations'] =
      i < 66
        ? [
            {
              date: i < 40 ? '2022-10-20' : '2023-01-20',
              employerIndex: 55 + (i % 25),
              sector: SECTORS[i % SECTORS.length],
              outcome: i % 3 === 0 ? 'lead' : 'follow_up',
            },
          ]
        : [];
    // Support starts in October or January, or earlier when the person's first proposal came sooner.
    const matchingSince = earliest([
      i < 40 ? '2022-10-03' : '2023-01-09',
      ...conversations.map((c) => c.date),
      ...placements.map((p) => p.proposedOn),
    ]);
    persons.push({ matchingSince, conversations, placements });
  }
  return { employers, persons };
}
