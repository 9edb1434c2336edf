/** Choices whose labels are translation keys: `resources.<resource>.<field>.<value>`. */
export function choices(resource: string, field: string, values: readonly string[]) {
  return values.map((id) => ({ id, name: `resources.${resource}.${field}.${id}` }));
}

export const SHELTER_TYPES = ['host_family', 'municipal_shelter', 'hotel', 'flex_housing', 'own_rental', 'social_housing', 'other'] as const;
export const PROTECTION_BASES = ['temporary_protection', 'status_holder', 'asylum_seeker', 'third_country_national', 'other'] as const;
export const TRACKS = ['individual_support', 'helpdesk', 'placement'] as const;
export const HOUSEHOLD_STATUSES = ['active', 'closed'] as const;
export const HOUSEHOLD_ROLES = ['head', 'partner', 'child', 'parent', 'sibling', 'other'] as const;
export const LEVEL_LANGUAGES = ['nl', 'en', 'uk', 'ru', 'other'] as const;
export const CEFR_LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
export const DIPLOMA_EVALUATIONS = ['not_needed', 'not_started', 'requested', 'evaluated'] as const;
export const ROLES = ['admin', 'coordinator', 'caseworker', 'researcher', 'matcher'] as const;

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const OBSTACLE_STATUSES = ['open', 'in_progress', 'resolved', 'not_resolvable'] as const;
export const DOMAIN_GROUPS = ['markers_and_means', 'social_connections', 'facilitators', 'foundation'] as const;

/** Status colours shared by the wheel, chips and charts. */
export const STATUS_COLORS: Record<string, string> = {
  open: '#d32f2f',
  in_progress: '#ed6c02',
  resolved: '#2e7d32',
  not_resolvable: '#757575',
  none: '#e0e0e0',
};

export const EMPLOYER_STATUSES = ['contacted', 'active', 'inactive'] as const;
export const OUTCOMES = ['lead', 'no_lead', 'follow_up'] as const;
export const PLACEMENT_TYPES = ['paid_job', 'internship', 'volunteer', 'one_off_gig'] as const;
export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'on_call', 'agency', 'none'] as const;
export const FITS = ['fits', 'partly', 'does_not_fit'] as const;
export const PLACEMENT_STATUSES = ['proposed', 'started', 'ended', 'extended'] as const;
export const SOURCES = ['matcher', 'informal_network', 'agency', 'municipality'] as const;

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export const REFERRAL_STATUSES = ['proposed', 'sent', 'accepted', 'declined', 'completed'] as const;
export const CONSENT_PURPOSES = ['support', 'sharing', 'research'] as const;
export const CONSENT_METHODS = ['spoken', 'written', 'digital'] as const;

export const CHANNELS = ['in_person', 'phone', 'video', 'messaging', 'email', 'home_visit', 'other'] as const;
export const HELPDESK_STATUSES = ['open', 'answered', 'referred'] as const;
