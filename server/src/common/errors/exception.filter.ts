import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError, problem, renderFieldErrors, type FieldErrors } from './app-error.js';
import { checkField, foreignKeyField, BAD_FIELD_VALUE } from './constraint-fields.js';
import type { ErrorCode, ErrorParams } from './error-codes.js';

/** The answer's shape (docs/api.md): every error carries a code from error-codes.ts. */
interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
  errors?: unknown;
  fieldCodes?: unknown;
  requestId?: string;
}

/**
 * The one place where errors become HTTP answers. Coded AppErrors map to
 * their status; Nest's own HttpExceptions (unknown route, bad JSON, too large
 * a body) keep theirs; anything else is an opaque 500 with the request id,
 * which is logged without the message when it came from the database.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error({ requestId: request.id, err: describe(exception) }, 'unexpected error');
    }
    if (!response.headersSent) {
      if (exception instanceof AppError && exception.headers) response.set(exception.headers);
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown, request: Request & { id?: string }): ErrorBody {
    if (exception instanceof AppError) {
      return {
        ...exception.details,
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.params && { params: exception.params }),
        ...(exception.errors && renderFieldErrors(exception.errors)),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        const message = httpMessage(exception);
        return { statusCode: status, code: httpCode(status, message), message };
      }
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapDatabaseError(exception as QueryFailedError, request.method);
      if (mapped) return mapped;
    }
    return { statusCode: 500, code: 'internal_error', message: 'Internal server error', requestId: request.id };
  }
}

/** The code of one of Nest's own errors (an unknown route, bad JSON, too large a body), by its status. */
function httpCode(status: number, message: string): ErrorCode {
  if (status === 400 && message === MALFORMED_JSON) return 'malformed_json';
  return HTTP_CODES[status] ?? 'bad_request';
}

const MALFORMED_JSON = 'Malformed JSON in request body';

const HTTP_CODES: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'not_found',
  409: 'concurrent_change',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
};

/** A 422 with field errors, rendered as every other (errors and fieldCodes). */
function refused(errors: FieldErrors): ErrorBody {
  return { statusCode: 422, code: 'validation_failed', message: 'Validation failed', ...renderFieldErrors(errors) };
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (exception.getStatus() === 400 && /JSON/i.test(exception.message)) return MALFORMED_JSON;
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/** SQLSTATEs of a value PostgreSQL could not take: out of range, not a date, a NUL in text. */
const BAD_VALUE = new Set(['22003', '22007', '22008', '22009', '22021', '22P02']);

/**
 * Constraint violations and bad values that validation should have caught;
 * never echo the SQL or the values. A bad value in a read can only have come
 * from the query string (400); in a write it came from the body (422).
 */
function mapDatabaseError(error: QueryFailedError, method = 'GET'): ErrorBody | undefined {
  const driverError = error.driverError as {
    code?: string;
    column?: string;
    constraint?: string;
    table?: string;
    detail?: string;
  };
  const code = driverError?.code;
  if (code && BAD_VALUE.has(code)) {
    if (method === 'GET' || method === 'HEAD')
      return { statusCode: 400, code: 'invalid_query', message: 'A query value is out of range or malformed' };
    return refused({ root: problem('value_malformed', BAD_FIELD_VALUE) });
  }
  switch (code) {
    case '23505':
      return { statusCode: 409, code: 'duplicate', message: 'A record with these values already exists' };
    case '23503': {
      const field = foreignKeyField(driverError.detail);
      return refused({ [field ?? 'root']: problem('record_missing', 'refers to a record that does not exist') });
    }
    case '23502':
      // A required field sent as null: the column names the field, which is no personal data.
      if (driverError.column) return refused({ [camelCase(driverError.column)]: problem('required', 'is required') });
      return refused({ root: problem('required', 'a required value is missing') });
    case '23514': {
      // The CHECK's name says which field it guards; the row's values in the detail are never read.
      const check = checkField(driverError.constraint, driverError.table);
      return refused(
        check
          ? { [check.field]: problem(check.code, check.message) }
          : { root: problem('value_malformed', BAD_FIELD_VALUE) },
      );
    }
    case '40001':
    case '40P01':
      return {
        statusCode: 409,
        code: 'concurrent_change',
        message: 'The record was changed at the same time; try again',
      };
    default:
      return undefined;
  }
}

/** `childcare_need` → `childcareNeed`, the JSON name of a column (see the snake_case naming strategy). */
function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function describe(exception: unknown): Record<string, unknown> {
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as { code?: string; constraint?: string; table?: string };
    return {
      type: 'QueryFailedError',
      code: driverError?.code,
      constraint: driverError?.constraint,
      table: driverError?.table,
    };
  }
  if (exception instanceof Error) {
    return { type: exception.name, message: exception.message, stack: exception.stack };
  }
  return { type: typeof exception };
}
