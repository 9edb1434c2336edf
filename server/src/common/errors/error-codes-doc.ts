import { ERROR_CODES, FIELD_ERROR_CODES, type ErrorCode, type FieldErrorCode } from './error-codes.js';

export const CODES_DOC_START =
  '<!-- error-codes:start (generated from server/src/common/errors/error-codes.ts; a test keeps it equal) -->';
export const CODES_DOC_END = '<!-- error-codes:end -->';

/** The two code tables docs/api.md shows, between the markers. */
export function errorCodesMarkdown(): string {
  const answers = (Object.entries(ERROR_CODES) as Array<[ErrorCode, { status: number; meaning: string }]>).map(
    ([code, { status, meaning }]) => `| \`${code}\` | ${status} | ${meaning} |`,
  );
  const fields = (Object.entries(FIELD_ERROR_CODES) as Array<[FieldErrorCode, string]>).map(
    ([code, meaning]) => `| \`${code}\` | 422 | ${meaning} |`,
  );
  return [
    CODES_DOC_START,
    'Codes of an answer (`code`):',
    '',
    '| code | HTTP status | meaning |',
    '|---|---|---|',
    ...answers,
    '',
    'Codes of a field (`fieldCodes.<field>.code`, in a 422 `validation_failed`):',
    '',
    '| code | HTTP status | meaning |',
    '|---|---|---|',
    ...fields,
    CODES_DOC_END,
  ].join('\n');
}

/** Whether an error body carries codes from the list: `code`, and one field code per entry of `errors`. Returns what is wrong. */
export function errorBodyProblems(status: number, body: unknown): string[] {
  if (!body || typeof body !== 'object') return ['the body is not a JSON object'];
  const { code, errors, fieldCodes } = body as { code?: unknown; errors?: unknown; fieldCodes?: unknown };
  const problems: string[] = [];
  if (typeof code !== 'string' || !(code in ERROR_CODES))
    problems.push(`code ${JSON.stringify(code)} is not in the list`);
  else if (ERROR_CODES[code as ErrorCode].status !== status)
    problems.push(`code ${code} comes with ${ERROR_CODES[code as ErrorCode].status}, not ${status}`);
  if (errors !== undefined) {
    const codes = (fieldCodes ?? {}) as Record<string, { code?: unknown } | undefined>;
    for (const field of Object.keys(errors as object)) {
      const fieldCode = codes[field]?.code;
      if (typeof fieldCode !== 'string' || !(fieldCode in FIELD_ERROR_CODES))
        problems.push(`field ${field} has code ${JSON.stringify(fieldCode)}, not one from the list`);
    }
    if (fieldCodes && Object.keys(fieldCodes).length !== Object.keys(errors as object).length)
      problems.push('fieldCodes and errors name different fields');
  }
  return problems;
}
