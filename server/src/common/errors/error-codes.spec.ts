import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODES_DOC_END, CODES_DOC_START, errorBodyProblems, errorCodesMarkdown } from './error-codes-doc.js';
import { ERROR_CODES, FIELD_ERROR_CODES } from './error-codes.js';

const API_DOC = path.resolve(process.cwd(), '../docs/api.md');

describe('the error codes', () => {
  it('are what docs/api.md lists (ERROR_CODES_DOC_WRITE=1 rewrites it)', () => {
    const doc = readFileSync(API_DOC, 'utf8');
    const start = doc.indexOf(CODES_DOC_START);
    const end = doc.indexOf(CODES_DOC_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const shown = doc.slice(start, end + CODES_DOC_END.length);
    if (process.env.ERROR_CODES_DOC_WRITE === '1') writeFileSync(API_DOC, doc.replace(shown, errorCodesMarkdown()));
    else expect(shown).toBe(errorCodesMarkdown());
  });

  it('are snake_case and each list names a code once', () => {
    for (const code of [...Object.keys(ERROR_CODES), ...Object.keys(FIELD_ERROR_CODES)])
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('are checked in every answer: a known code with its status, and one for each field', () => {
    expect(errorBodyProblems(404, { statusCode: 404, code: 'not_found', message: 'Household not found' })).toEqual([]);
    expect(errorBodyProblems(404, { statusCode: 404, message: 'Household not found' })).toHaveLength(1);
    expect(errorBodyProblems(409, { statusCode: 409, code: 'not_found', message: 'x' })).toHaveLength(1);
    expect(
      errorBodyProblems(422, {
        code: 'validation_failed',
        errors: { name: 'x' },
        fieldCodes: { name: { code: 'too_long' } },
      }),
    ).toEqual([]);
    expect(errorBodyProblems(422, { code: 'validation_failed', errors: { name: 'x' } })).toHaveLength(1);
    expect(
      errorBodyProblems(422, {
        code: 'validation_failed',
        errors: { name: 'x' },
        fieldCodes: { name: { code: 'too_lengthy' } },
      }),
    ).toHaveLength(1);
  });
});
