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
