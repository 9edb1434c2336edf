import { AppError } from '../common/errors/app-error.js';
import { PLACEMENT_STATUSES } from './placement.enums.js';
import { checkTransition, TRANSITIONS } from './transitions.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).errors;
  }
  return undefined;
};

describe('placement status transitions', () => {
  it('allows exactly the forward moves of the table', () => {
    const allowed = PLACEMENT_STATUSES.flatMap((from) =>
      PLACEMENT_STATUSES.filter(
        (to) => to !== from && refusal(() => checkTransition(from, to, [from])) === undefined,
      ).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['proposed→started', 'started→ended', 'started→extended', 'extended→ended']);
    expect(TRANSITIONS.ended).toEqual([]);
  });

  it('names the status and what is allowed when it refuses', () => {
    expect(refusal(() => checkTransition('proposed', 'ended', ['proposed']))).toEqual({
      status: {
        code: 'status_move_not_allowed',
        message: 'cannot move from proposed to ended; allowed: started',
        params: { from: 'proposed', to: 'ended', allowed: 'started' },
      },
    });
    expect(refusal(() => checkTransition('ended', 'proposed', ['proposed', 'started', 'ended']))).toEqual({
      status: {
        code: 'status_move_not_allowed',
        message: 'cannot move from ended to proposed; an ended placement is final',
        params: { from: 'ended', to: 'proposed', allowed: '' },
      },
    });
  });

  it('takes a move back to the status before the last change as its reversal, and only that one', () => {
    expect(checkTransition('started', 'proposed', ['proposed', 'started'])).toBe('reversal');
    expect(checkTransition('ended', 'extended', ['started', 'extended', 'ended'])).toBe('reversal');
    expect(refusal(() => checkTransition('ended', 'started', ['started', 'extended', 'ended']))).toBeDefined();
    // Created as started: there is nothing before it to go back to.
    expect(refusal(() => checkTransition('started', 'proposed', ['started']))).toBeDefined();
  });
});
