import { describe, expect, it } from 'vitest';
import { canMove, moveNeeds, suggestedDate, undoData } from './transitions';

describe('placement moves on the board', () => {
  it('allows only the forward steps', () => {
    expect(canMove('proposed', 'started')).toBe(true);
    expect(canMove('proposed', 'ended')).toBe(false);
    expect(canMove('proposed', 'extended')).toBe(false);
    expect(canMove('started', 'ended')).toBe(true);
    expect(canMove('ended', 'started')).toBe(false);
  });

  it('asks a start date to start, an end date and a reason to end', () => {
    expect(moveNeeds('started')).toMatchObject({ dateField: 'startDate', reason: false });
    expect(moveNeeds('ended')).toMatchObject({ dateField: 'endDate', reason: true });
    expect(moveNeeds('extended')).toMatchObject({ dateField: 'statusChangedOn', newEndDate: true });
  });

  it('suggests the planned date once it has come, else today', () => {
    expect(suggestedDate({ startDate: '2026-01-05' }, 'started', '2026-03-01')).toBe('2026-01-05');
    expect(suggestedDate({ startDate: '2026-05-05' }, 'started', '2026-03-01')).toBe('2026-03-01');
  });

  it('undoes with the fields before the move and the version after it', () => {
    expect(undoData({ status: 'proposed', startDate: null, notes: 'x' }, { version: 4 })).toEqual({
      status: 'proposed',
      startDate: null,
      endDate: null,
      endReason: null,
      version: 4,
    });
  });
});
