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

/**
 * Why a placement ended; required when it moves to ended. The values are the
 * contract of issue 16; `not_renewed_residence_status` is the report's
 * question (a temporary contract not renewed because of the residence status).
 */
export const END_REASONS = [
  'contract_ended',
  'not_renewed_residence_status',
  'not_renewed_other',
  'dismissed',
  'left_for_better_job',
  'moved_away',
  'health',
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
