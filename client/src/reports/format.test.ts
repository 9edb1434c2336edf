import { reportFormat } from './format';

describe("report numbers in the reader's locale", () => {
  it('writes shares with one decimal the way each language does', () => {
    expect(reportFormat('nl').percent(0.3133)).toBe('31,3%');
    expect(reportFormat('en').percent(0.3133)).toBe('31.3%');
    expect(reportFormat('uk').percent(0.3133)).toBe('31,3%');
    expect(reportFormat('nl').number(1234.5)).toBe('1.234,5');
  });
});
