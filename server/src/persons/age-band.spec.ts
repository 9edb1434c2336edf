import { ageBand } from './age-band.js';
import { genderFromText } from '../../../migrations/1796400000300-PersonArrivalProtectionGender.js';

describe('age bands', () => {
  it('puts each age in its band, the edges included', () => {
    const bands = [17, 18, 26, 27, 44, 45, 66, 67, 90].map((age) => ageBand(2026 - age, 2026));
    expect(bands).toEqual(['under_18', '18_26', '18_26', '27_44', '27_44', '45_66', '45_66', '67_plus', '67_plus']);
    expect(ageBand(null, 2026)).toBe('unknown');
  });
});

describe('gender from free text (the migration)', () => {
  it('maps what it recognises in Dutch, English and Ukrainian, and nothing else', () => {
    const cases: [string | null, string][] = [
      ['Vrouw', 'female'],
      [' v. ', 'female'],
      ['F', 'female'],
      ['жінка', 'female'],
      ['Ж', 'female'],
      ['Man', 'male'],
      ['m', 'male'],
      ['Чоловік', 'male'],
      ['чол.', 'male'],
      ['Non-binair', 'non_binary'],
      ['non binary', 'non_binary'],
      ['X', 'non_binary'],
      ['небінарна', 'non_binary'],
      ['anders', 'unknown'],
      ['?', 'unknown'],
      ['', 'unknown'],
      [null, 'unknown'],
    ];
    expect(cases.map(([text]) => genderFromText(text))).toEqual(cases.map(([, gender]) => gender));
  });
});
