import type { PlacementStatus } from '../api/types';

/**
 * The placement moves the server allows (server/src/placements/transitions.ts,
 * docs/domain-model.md): the board offers only these and asks for what each needs.
 */
export const TRANSITIONS: Record<string, readonly string[]> = {
  proposed: ['started'],
  started: ['extended', 'ended'],
  extended: ['ended'],
  ended: [],
} satisfies Record<PlacementStatus, readonly PlacementStatus[]>;

export { END_REASONS } from '../common/choices';

export const canMove = (from: string, to: string) => (TRANSITIONS[from] ?? []).includes(to);

/** What a move asks for: the date field it sets, and whether it needs the reason for an end. */
export interface MoveNeeds {
  dateField: 'startDate' | 'endDate' | 'statusChangedOn';
  reason: boolean;
  /** An extension may carry its new end date. */
  newEndDate: boolean;
}

export function moveNeeds(to: string): MoveNeeds {
  if (to === 'started') return { dateField: 'startDate', reason: false, newEndDate: false };
  if (to === 'ended') return { dateField: 'endDate', reason: true, newEndDate: false };
  return { dateField: 'statusChangedOn', reason: false, newEndDate: to === 'extended' };
}

/** Today as the browser's calendar day (`YYYY-MM-DD`). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date a move's dialog starts with: the planned date when it has come, else today. */
export function suggestedDate(placement: Record<string, unknown>, to: string, today = localToday()): string {
  const planned = to === 'started' ? placement.startDate : to === 'ended' ? placement.endDate : null;
  if (typeof planned !== 'string') return today;
  return planned <= today ? planned : today;
}

/**
 * The update that undoes a move just made: back to the status before it with
 * the fields the move set, at the version the move returned. The server takes
 * a move back to the previous status as the reversal of the last change.
 */
export function undoData(before: Record<string, unknown>, after: Record<string, unknown>) {
  return {
    status: before.status,
    startDate: before.startDate ?? null,
    endDate: before.endDate ?? null,
    endReason: before.endReason ?? null,
    version: after.version,
  };
}
