/** The events a cohort report follows; the event's date is the placement's startDate. */
export const COHORT_EVENTS = ['first_paid_job', 'first_long_term_placement'] as const;
export type CohortEvent = (typeof COHORT_EVENTS)[number];

/** Where the clock starts: arrival in the Netherlands, or the residence permit granted. */
export const COHORT_STARTS = ['arrival', 'status'] as const;
export type CohortStart = (typeof COHORT_STARTS)[number];

export const COHORT_GROUPS = ['protectionBasis', 'gender', 'ageBand', 'municipality', 'arrivalQuarter'] as const;
export type CohortGroup = (typeof COHORT_GROUPS)[number];

/** The months the answer gives persons at risk for, and (from 6 on) the shares. */
export const AT_RISK_MONTHS = [0, 6, 12, 24] as const;
export const SHARE_MONTHS = [6, 12, 24] as const;

/** A month as days (a year's 365.25 days over 12): the curve's steps are read at whole months of it. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** The smallest group a report shows; anything from 1 to 4 persons reads "fewer than 5". */
export const SMALLEST_GROUP = 5;
