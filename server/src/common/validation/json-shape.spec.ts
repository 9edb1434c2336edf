import { JSON_LIMITS, jsonShapeProblem, textProblems } from './json-shape.js';

describe('jsonShapeProblem', () => {
  it('accepts ordinary bodies, with separators and brackets inside strings', () => {
    expect(jsonShapeProblem('{"a":[1,2,{"b":"x,y,[[[{{{"}],"c":"\\"],,,"}')).toBeUndefined();
    expect(
      jsonShapeProblem(JSON.stringify({ ids: Array.from({ length: 1000 }, (_, i) => `id-${i}`) })),
    ).toBeUndefined();
  });

  it('refuses deep nesting, wide objects, long arrays and too many values', () => {
    expect(jsonShapeProblem('['.repeat(5000))?.kind).toBe('depth');
    expect(jsonShapeProblem(`${'{"a":'.repeat(25)}1${'}'.repeat(25)}`)?.kind).toBe('depth');
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])));
    expect(jsonShapeProblem(wide)?.kind).toBe('keys');
    expect(jsonShapeProblem(JSON.stringify({ ids: Array.from({ length: 1001 }, () => 1) }))?.kind).toBe('array');
    const many = JSON.stringify({ a: Array.from({ length: 20 }, () => Array.from({ length: 600 }, () => 0)) });
    expect(jsonShapeProblem(many)?.kind).toBe('values');
  });

  it('does not count escaped quotes as the end of a string', () => {
    const tricky = `{"a":"\\\\\\",${'1,'.repeat(300)}","b":1}`;
    expect(JSON.parse(tricky)).toBeDefined();
    expect(jsonShapeProblem(tricky)).toBeUndefined();
  });

  it('refuses 50,000 keys in a few milliseconds', () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`key${i}`, 'v'])));
    const started = performance.now();
    expect(jsonShapeProblem(body)?.kind).toBe('keys');
    expect(performance.now() - started).toBeLessThan(20);
  });
});

describe('textProblems', () => {
  it('names the fields holding NUL or an unpaired surrogate, keys included', () => {
    expect(textProblems({ notes: 'a\u0000b', name: { en: 'x\ud800' }, ok: '😀', ids: ['\udc00'] })).toEqual([
      ['notes', 'must not contain NUL characters', 'invalid_text'],
      ['name.en', 'must not contain unpaired surrogates', 'invalid_text'],
      ['ids.0', 'must not contain unpaired surrogates', 'invalid_text'],
    ]);
    expect(textProblems({ 'k\ud800': 1 })).toEqual([
      ['root', 'keys must not contain unpaired surrogates', 'invalid_text'],
    ]);
  });

  it('walks any depth without recursion and stops at the bound', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(textProblems(deep)).toEqual([
      [expect.any(String), `is nested too deeply (at most ${JSON_LIMITS.maxDepth} levels)`, 'too_deep'],
    ]);
  });
});
