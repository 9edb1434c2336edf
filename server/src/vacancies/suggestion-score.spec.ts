import { bySuggestionRank, scoreSuggestion, type CandidateProfile, type VacancyNeeds } from './suggestion-score.js';
import { workPermission } from './work-permission.js';

const SKILL_A = '00000000-0000-4000-8000-00000000000a';
const SKILL_B = '00000000-0000-4000-8000-00000000000b';

const careJob: VacancyNeeds = {
  skillIds: [SKILL_A, SKILL_B],
  language: 'nl',
  languageLevel: 'B1',
  hoursPerWeek: 24,
  municipality: 'Zaanstad',
  sector: 'care',
};

const person = (overrides: Partial<CandidateProfile> = {}): CandidateProfile => ({
  skills: [],
  languageLevels: {},
  hoursWanted: null,
  municipality: null,
  trainingFields: [],
  protectionBasis: null,
  ...overrides,
});

const pointsOf = (needs: VacancyNeeds, p: CandidateProfile) =>
  Object.fromEntries(scoreSuggestion(needs, p).reasons.map((r) => [r.factor, [r.points, r.outcome]]));

describe('scoreSuggestion', () => {
  it('gives a person who has everything the vacancy asks the full 100, every reason met', () => {
    const nurse = person({
      skills: [
        { skillId: SKILL_A, shownInPractice: true },
        { skillId: SKILL_B, shownInPractice: true },
      ],
      languageLevels: { nl: 'B2' },
      hoursWanted: 26,
      municipality: ' zaanstad ',
      trainingFields: ['Care'],
      protectionBasis: 'status_holder',
    });
    const { score, reasons } = scoreSuggestion(careJob, nurse);
    expect(score).toBe(100);
    expect(reasons.map((r) => r.factor)).toEqual([
      'skills',
      'language',
      'hours',
      'municipality',
      'training',
      'protection',
    ]);
    expect(reasons.every((r) => r.outcome === 'met' && r.points === r.maxPoints)).toBe(true);
    expect(reasons[0]).toMatchObject({ skillIds: [SKILL_A, SKILL_B], needed: '2', actual: '2' });
    expect(reasons[1]).toMatchObject({ language: 'nl', needed: 'B1', actual: 'B2' });
    expect(reasons[5]).toMatchObject({ actual: 'free' });
  });

  it('adds up partial factors as documented: a said skill 0.75, one level short half, hours within 12 half', () => {
    const learner = person({
      skills: [{ skillId: SKILL_A, shownInPractice: false }],
      languageLevels: { nl: 'A2' },
      hoursWanted: 32,
      municipality: 'Amsterdam',
      trainingFields: [],
      protectionBasis: 'asylum_seeker',
    });
    expect(pointsOf(careJob, learner)).toEqual({
      skills: [15, 'partly'], // 40 × (0.75 / 2)
      language: [10, 'partly'], // A2 is one step below B1
      hours: [5, 'partly'], // 8 hours apart
      municipality: [0, 'not_met'],
      training: [0, 'not_met'],
      protection: [0, 'not_met'], // a work permit is needed
    });
    expect(scoreSuggestion(careJob, learner).score).toBe(30);
  });

  it('gives half points where nothing is known, and none where the language is two levels short', () => {
    const unknown = person({ languageLevels: { nl: 'A1' } });
    expect(pointsOf(careJob, unknown)).toEqual({
      skills: [0, 'not_met'],
      language: [0, 'not_met'],
      hours: [5, 'unknown'],
      municipality: [7.5, 'unknown'],
      training: [0, 'not_met'],
      protection: [2.5, 'unknown'],
    });
    const noNeeds: VacancyNeeds = {
      skillIds: [],
      language: null,
      languageLevel: null,
      hoursPerWeek: null,
      municipality: null,
      sector: null,
    };
    expect(pointsOf(noNeeds, person())).toEqual({
      skills: [20, 'unknown'],
      language: [20, 'met'],
      hours: [5, 'unknown'],
      municipality: [15, 'met'],
      training: [5, 'unknown'],
      protection: [2.5, 'unknown'],
    });
    // A language the person was never assessed in is unknown, not a pass.
    expect(pointsOf(careJob, person({ languageLevels: { en: 'C2' } })).language).toEqual([0, 'unknown']);
  });

  it('ranks by score, then skills, then language, then id', () => {
    const strong = {
      id: 'b',
      ...scoreSuggestion(careJob, person({ skills: [{ skillId: SKILL_A, shownInPractice: true }] })),
    };
    const fluent = { id: 'a', ...scoreSuggestion(careJob, person({ languageLevels: { nl: 'C1' } })) };
    expect(strong.score).toBe(35); // skills 20 + hours, municipality, protection unknown 15
    expect(fluent.score).toBe(35); // language 20 + the same 15
    expect([fluent, strong].sort(bySuggestionRank).map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('workPermission', () => {
  it('reads the protection basis', () => {
    expect(workPermission('status_holder')).toBe('free');
    expect(workPermission('temporary_protection')).toBe('notification');
    expect(workPermission('asylum_seeker')).toBe('work_permit_needed');
    expect(workPermission('third_country_national')).toBe('work_permit_needed');
    expect(workPermission('other')).toBe('unknown');
    expect(workPermission(null)).toBe('unknown');
  });
});
