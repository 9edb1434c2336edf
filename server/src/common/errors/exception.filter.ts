import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError, capFieldErrors } from './app-error.js';
import { checkField, foreignKeyField } from './constraint-fields.js';

interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: unknown;
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
        message: exception.message,
        ...(exception.errors && { errors: capFieldErrors(exception.errors) }),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        return { statusCode: status, message: httpMessage(exception) };
      }
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapDatabaseError(exception, request.method);
      if (mapped) return mapped;
    }
    return { statusCode: 500, message: 'Internal server error', requestId: request.id };
  }
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (exception.getStatus() === 400 && /JSON/i.test(exception.message)) return 'Malformed JSON in request body';
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

/** SQLSTATEs of a value PostgreSQL could not take: out of range, not a date, a NUL in text. */
const BAD_VALUE = new Set(['22003', '22007', '22008', '22009', '22021', '22P02']);

/**
 * Constraint violations and bad values that validation should have caught;
 * never echo the SQL or the values. A bad value in a read can only have come
 * from the query string (400); in a write it came from the body (422).
 */
function mapDatabaseError(error: QueryFailedError, method = 'GET'): ErrorBody | undefined {
  const driverError = error.driverError as { code?: string; column?: string; constraint?: string; table?: string; detail?: string };
  const code = driverError?.code;
  if (code && BAD_VALUE.has(code)) {
    if (method === 'GET' || method === 'HEAD') return { statusCode: 400, message: 'A query value is out of range or malformed' };
    return { statusCode: 422, message: 'Validation failed', errors: { root: { serverError: 'a value is out of range or malformed' } } };
  }
  switch (code) {
    case '23505':
      return { statusCode: 409, message: 'A record with these values already exists' };
    case '23503': {
      const field = foreignKeyField(driverError.detail);
      return { statusCode: 422, message: 'Validation failed', errors: field ? { [field]: 'refers to a record that does not exist' } : { root: { serverError: 'refers to a record that does not exist' } } };
    }
    case '23502':
      // A required field sent as null: the column names the field, which is no personal data.
      if (driverError.column) return { statusCode: 422, message: 'Validation failed', errors: { [camelCase(driverError.column)]: 'is required' } };
      return { statusCode: 422, message: 'Validation failed', errors: { root: { serverError: 'a required value is missing' } } };
    case '23514': {
      // The CHECK's name says which field it guards; the row's values in the detail are never read.
      const check = checkField(driverError.constraint, driverError.table);
      return { statusCode: 422, message: 'Validation failed', errors: check ? { [check.field]: check.message } : { root: { serverError: 'a value is out of range or malformed' } } };
    }
    case '40001':
    case '40P01':
      return { statusCode: 409, message: 'The record was changed at the same time; try again' };
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
    return { type: 'QueryFailedError', code: driverError?.code, constraint: driverError?.constraint, table: driverError?.table };
  }
  if (exception instanceof Error) {
    return { type: exception.name, message: exception.message, stack: exception.stack };
  }
  return { type: typeof exception };
}
