import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';

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
    const body = this.toBody(exception, request.id);
    if (body.statusCode >= 500) {
      this.logger.error({ requestId: request.id, err: describe(exception) }, 'unexpected error');
    }
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown, requestId?: string): ErrorBody {
    if (exception instanceof AppError) {
      return { statusCode: exception.status, message: exception.message, ...(exception.errors && { errors: exception.errors }) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        return { statusCode: status, message: httpMessage(exception) };
      }
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapDatabaseError(exception);
      if (mapped) return mapped;
    }
    return { statusCode: 500, message: 'Internal server error', requestId };
  }
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (exception.getStatus() === 400 && /JSON/i.test(exception.message)) return 'Malformed JSON in request body';
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

/** Constraint violations that validation should have caught; never echo the SQL or the values. */
function mapDatabaseError(error: QueryFailedError): ErrorBody | undefined {
  const code = (error.driverError as { code?: string })?.code;
  switch (code) {
    case '23505':
      return { statusCode: 409, message: 'A record with these values already exists' };
    case '23503':
      return { statusCode: 422, message: 'Validation failed', errors: { root: { serverError: 'refers to a record that does not exist' } } };
    case '23502':
    case '23514':
    case '22007':
    case '22008':
    case '22P02':
      return { statusCode: 422, message: 'Validation failed', errors: { root: { serverError: 'a value is out of range or malformed' } } };
    case '40001':
    case '40P01':
      return { statusCode: 409, message: 'The record was changed at the same time; try again' };
    default:
      return undefined;
  }
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
