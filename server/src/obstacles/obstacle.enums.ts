export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OBSTACLE_STATUSES = ['open', 'in_progress', 'resolved', 'not_resolvable'] as const;
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number];

/** Only these block others: a resolved or unresolvable obstacle's links are history ("was blocking"). */
export const BLOCKING_STATUSES: ObstacleStatus[] = ['open', 'in_progress'];
