/** `self_employed`: the person works for a client (opdrachtgever) on their own account, not in employment. */
export const PLACEMENT_TYPES = ['paid_job', 'internship', 'volunteer', 'one_off_gig', 'self_employed'] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'on_call', 'agency', 'none'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const FITS = ['fits', 'partly', 'does_not_fit'] as const;
export type Fit = (typeof FITS)[number];

export const PLACEMENT_STATUSES = ['proposed', 'started', 'ended', 'extended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** A placement counts as a match once it started (ended and extended ones did too). */
export const MATCHED_STATUSES: PlacementStatus[] = ['started', 'ended', 'extended'];

export const SOURCES = ['matcher', 'informal_network', 'agency', 'municipality'] as const;
export type Source = (typeof SOURCES)[number];

/**
 * Where the work permit (tewerkstellingsvergunning, TWV) stands: held by the
 * employer, or for self-employed work by the client (letters 000 §3.4, 004).
 */
export const TWV_STATUSES = ['not_needed', 'needed', 'applied', 'granted', 'refused'] as const;
export type TwvStatus = (typeof TWV_STATUSES)[number];

/** Labour-rights signals on a placement (issue 16, "What happened after the match"). */
export const SIGNAL_KINDS = ['underpaid', 'unpaid_wages', 'no_written_contract', 'unsafe_work', 'other'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One labour-rights signal, kept in the placement's `signals`. */
export interface LabourRightsSignal {
  id: string;
  kind: SignalKind;
  date: string;
  /** What was done about it. */
  actionTaken: string | null;
  /** Reported to the labour inspectorate or a fair-work helpdesk: a referral to that partner. */
  reported: boolean;
  partnerOrganizationId: string | null;
  /** The referral the report made; set by the server. */
  referralId: string | null;
}
