import { ERROR_CODES, type ErrorCode, type ErrorParams, type FieldErrorCode } from './error-codes.js';

export type { ErrorCode, ErrorParams, FieldErrorCode } from './error-codes.js';

/** One refused field: its code (error-codes.ts), the English message, and the values the message names. */
export interface FieldProblem {
  code: FieldErrorCode;
  message: string;
  params?: ErrorParams;
}

/** Refused fields by dotted path (`languageLevels.nl`); `root` for the record as a whole. */
export type FieldErrors = Record<string, FieldProblem>;

export interface AppErrorOptions {
  errors?: FieldErrors;
  /** Values the message names, for a client's own sentence (a count, a date). */
  params?: ErrorParams;
  /** Extra response headers, e.g. `Retry-After` on a 429. */
  headers?: Record<string, string>;
  /** Extra fields of the answer beside statusCode and message (e.g. the choices a 409 offers). */
  details?: Record<string, unknown>;
}

/** An error a feature throws on purpose; its code fixes the HTTP status (error-codes.ts), one filter answers it. */
export class AppError extends Error {
  readonly errors?: FieldErrors;
  readonly params?: ErrorParams;
  readonly headers?: Record<string, string>;
  readonly details?: Record<string, unknown>;

  constructor(
    public readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.errors = options.errors;
    this.params = options.params;
    this.headers = options.headers;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notFound = (resource: string) =>
  new AppError('not_found', `${resource} not found`, { params: { resource } });
export const badRequest = (message: string, code: ErrorCode = 'bad_request') => new AppError(code, message);
/** A malformed or unknown query parameter (sort, range, filter, a report option). */
export const invalidQuery = (message: string) => new AppError('invalid_query', message);
export const conflict = (code: ErrorCode, message: string, params?: ErrorParams) =>
  new AppError(code, message, { params });
export const forbidden = (message = 'You may not do this', code: ErrorCode = 'forbidden') =>
  new AppError(code, message);
export const unauthenticated = (code: ErrorCode = 'unauthenticated', message = 'Authentication required') =>
  new AppError(code, message);
export const validationFailed = (errors: FieldErrors) =>
  new AppError('validation_failed', 'Validation failed', { errors });
export const fieldError = (field: string, code: FieldErrorCode, message: string, params?: ErrorParams) =>
  validationFailed({ [field]: problem(code, message, params) });
export const problem = (code: FieldErrorCode, message: string, params?: ErrorParams): FieldProblem =>
  params ? { code, message, params } : { code, message };

/** At most this many field messages in one answer; the first ones are enough to fix a form. */
export const MAX_FIELD_ERRORS = 50;
/** Field names come from the client; a longer one is cut so an error never echoes a large key back. */
const MAX_FIELD_NAME = 100;

/**
 * Keeps an error body small whatever was sent: a body of hundreds of unknown
 * keys would otherwise be answered with a message for each, echoing each key.
 */
export function capFieldErrors(errors: FieldErrors): FieldErrors {
  const capped: FieldErrors = {};
  let count = 0;
  for (const [field, found] of Object.entries(errors)) {
    if (count++ >= MAX_FIELD_ERRORS) break;
    capped[field.length > MAX_FIELD_NAME ? `${field.slice(0, MAX_FIELD_NAME)}…` : field] = found;
  }
  return capped;
}

/**
 * The answer's two views of refused fields: `errors`, the English message per
 * field as react-admin shows it (`root` as `{ serverError }`), and
 * `fieldCodes`, the code and params per field under the same names.
 */
export function renderFieldErrors(errors: FieldErrors): {
  errors: Record<string, string | { serverError: string }>;
  fieldCodes: Record<string, { code: FieldErrorCode; params?: ErrorParams }>;
} {
  const messages: Record<string, string | { serverError: string }> = {};
  const fieldCodes: Record<string, { code: FieldErrorCode; params?: ErrorParams }> = {};
  for (const [field, { code, message, params }] of Object.entries(capFieldErrors(errors))) {
    messages[field] = field === 'root' ? { serverError: message } : message;
    fieldCodes[field] = params ? { code, params } : { code };
  }
  return { errors: messages, fieldCodes };
}
