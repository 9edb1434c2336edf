export const SHELTER_TYPES = [
  'host_family',
  'municipal_shelter',
  'hotel',
  'flex_housing',
  'own_rental',
  'social_housing',
  'other',
] as const;
export type ShelterType = (typeof SHELTER_TYPES)[number];

/** `eu_citizen`: free to work in the Netherlands (an EU/EEA or Swiss national); added for the work-permit rule. */
export const PROTECTION_BASES = [
  'temporary_protection',
  'status_holder',
  'asylum_seeker',
  'third_country_national',
  'other',
  'eu_citizen',
] as const;
export type ProtectionBasis = (typeof PROTECTION_BASES)[number];

export const TRACKS = ['individual_support', 'helpdesk', 'placement'] as const;
export type Track = (typeof TRACKS)[number];

export const HOUSEHOLD_STATUSES = ['active', 'closed'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];
