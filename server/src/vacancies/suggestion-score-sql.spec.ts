import { JS_TRIMMED } from './suggestion-score-sql.js';

describe('suggestion-score-sql', () => {
  it("trims in SQL exactly the characters JavaScript's trim() trims", () => {
    const trimmedByJs: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (c.trim() === '') trimmedByJs.push(c);
    }
    expect([...JS_TRIMMED].sort()).toEqual(trimmedByJs.sort());
  });
});
