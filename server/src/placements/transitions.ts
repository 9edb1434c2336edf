import { fieldError } from '../common/errors/app-error.js';
import type { PlacementStatus } from './placement.enums.js';

/**
 * The moves a placement may make (docs/domain-model.md, "Placement status").
 * Forward only: a proposal starts; a started placement is extended or ends;
 * an extended one ends; an ended one is final. Skipping a step (a proposal
 * straight to ended) would count a match that never started.
 */
export const TRANSITIONS: Record<PlacementStatus, readonly PlacementStatus[]> = {
  proposed: ['started'],
  started: ['extended', 'ended'],
  extended: ['ended'],
  ended: [],
};

/** Why a placement ended; required when it moves to ended. */
export const END_REASONS = [
  'contract_completed',
  'other_job',
  'left_by_person',
  'ended_by_employer',
  'moved_away',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * `forward`: a move from the table. `reversal`: back to the status before the
 * last recorded change, which undoes that change (its history row goes) —
 * the board's "Undo", or a correction of a move made by mistake.
 */
export type Transition = 'forward' | 'reversal';

/**
 * Classifies a status change of an existing placement, or refuses it (422 on
 * `status`). `history` is the recorded statuses, oldest first.
 */
export function checkTransition(from: PlacementStatus, to: PlacementStatus, history: readonly string[]): Transition {
  if (TRANSITIONS[from].includes(to)) return 'forward';
  if (history.length >= 2 && history[history.length - 1] === from && history[history.length - 2] === to)
    return 'reversal';
  const allowed = TRANSITIONS[from];
  throw fieldError(
    'status',
    'status_move_not_allowed',
    allowed.length
      ? `cannot move from ${from} to ${to}; allowed: ${allowed.join(', ')}`
      : `cannot move from ${from} to ${to}; an ended placement is final`,
    { from, to, allowed: allowed.join(', ') },
  );
}
