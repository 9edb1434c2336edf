import { diffSnapshots, isEmptyDiff, NOW, pickComparison } from './reviewDiff';

const base = {
  perspective: 'Anything goes',
  goals: { work: 'Any job' },
  status: 'active',
  obstacles: [
    { id: 'a', title: 'Diploma', domainKey: 'work', status: 'open' },
    { id: 'b', title: 'Host family ends', domainKey: 'housing', status: 'open' },
  ],
};

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots', () => {
    expect(isEmptyDiff(diffSnapshots(base, structuredClone(base)))).toBe(true);
  });

  it('shows the shift in perspective, goals and obstacle states', () => {
    const later = {
      ...base,
      perspective: 'Work as a psychologist again',
      goals: { work: 'Psychologist', language_communication: 'B1' },
      obstacles: [
        { id: 'a', title: 'Diploma', domainKey: 'work', status: 'in_progress' },
        { id: 'c', title: 'No childcare', domainKey: 'education', status: 'open' },
      ],
    };
    const diff = diffSnapshots(base, later);
    expect(diff.perspective).toEqual({ before: 'Anything goes', after: 'Work as a psychologist again' });
    expect(diff.goals).toEqual([
      { domainKey: 'language_communication', before: undefined, after: 'B1' },
      { domainKey: 'work', before: 'Any job', after: 'Psychologist' },
    ]);
    expect(diff.obstacles).toEqual([
      { id: 'a', title: 'Diploma', before: 'open', after: 'in_progress' },
      { id: 'b', title: 'Host family ends', before: 'open', after: undefined },
      { id: 'c', title: 'No childcare', before: undefined, after: 'open' },
    ]);
  });
});

describe('pickComparison', () => {
  const snap = (perspective: string) => ({ ...base, perspective });
  // Newest first, as GET /perspective-plans/:id/reviews lists them.
  const reviews = [
    { id: 'r3', reviewedOn: '2026-03-01', snapshot: snap('third') },
    { id: 'r2', reviewedOn: '2026-02-01', snapshot: snap('second') },
    { id: 'r1', reviewedOn: '2026-01-01', snapshot: snap('first') },
  ];
  const current = snap('now');

  it('compares the newest review with now by default', () => {
    expect(pickComparison(reviews, current, undefined, undefined)).toEqual({
      before: reviews[0].snapshot,
      after: current,
      from: '2026-03-01',
      to: undefined,
    });
  });

  it('compares two reviews, earlier first whichever way they were picked', () => {
    const forward = pickComparison(reviews, current, 'r1', 'r2');
    expect(forward).toMatchObject({ from: '2026-01-01', to: '2026-02-01' });
    expect(diffSnapshots(forward!.before, forward!.after).perspective).toEqual({ before: 'first', after: 'second' });
    expect(pickComparison(reviews, current, 'r2', 'r1')).toEqual(forward);
    expect(pickComparison(reviews, current, NOW, 'r1')).toMatchObject({
      from: '2026-01-01',
      to: undefined,
      after: current,
    });
  });

  it('has nothing to compare without reviews, or now with now', () => {
    expect(pickComparison([], current, undefined, undefined)).toBeUndefined();
    expect(pickComparison(reviews, current, NOW, NOW)).toBeUndefined();
  });

  it('falls back to the newest review when the chosen one is gone', () => {
    expect(pickComparison(reviews, current, 'deleted', NOW)).toMatchObject({ from: '2026-03-01' });
  });
});
