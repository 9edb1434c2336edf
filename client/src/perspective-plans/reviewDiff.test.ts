import { diffSnapshots, isEmptyDiff } from './reviewDiff';

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
