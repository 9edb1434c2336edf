export const PLACEMENT_TYPES = ['paid_job', 'internship', 'volunteer', 'one_off_gig'] as const;
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
