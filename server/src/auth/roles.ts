export const ROLES = ['admin', 'coordinator', 'caseworker', 'researcher', 'matcher'] as const;
export type Role = (typeof ROLES)[number];

/** Everybody who works on cases; used where every role may act. */
export const ALL_ROLES: Role[] = [...ROLES];
