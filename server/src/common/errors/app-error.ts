/** The error codes a feature may throw; one filter maps them to HTTP statuses. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  too_many_requests: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field messages in the shape react-admin shows next to each input. */
export type FieldErrors = Record<string, string | Record<string, string>>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly errors?: FieldErrors,
    /** Extra response headers, e.g. `Retry-After` on a 429. */
    public readonly headers?: Record<string, string>,
    /** Extra fields of the answer beside statusCode and message (e.g. the choices a 409 offers). */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (resource: string) => new AppError('not_found', `${resource} not found`);
export const badRequest = (message: string) => new AppError('bad_request', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const unauthenticated = (message = 'Authentication required') => new AppError('unauthenticated', message);
export const validationFailed = (errors: FieldErrors) => new AppError('validation', 'Validation failed', errors);
export const fieldError = (field: string, message: string) => validationFailed({ [field]: message });

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
  for (const [field, message] of Object.entries(errors)) {
    if (count++ >= MAX_FIELD_ERRORS) break;
    capped[field.length > MAX_FIELD_NAME ? `${field.slice(0, MAX_FIELD_NAME)}…` : field] = message;
  }
  return capped;
}
