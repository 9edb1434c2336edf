import { BadRequestException, NotFoundException, PayloadTooLargeException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Logger } from 'pino';
import { AllExceptionsFilter } from './exception.filter.js';
import { AppError, fieldError } from './app-error.js';

function run(exception: unknown, method = 'GET') {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
  let status = 0;
  let body: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const response = {
    headersSent: false,
    set(values: Record<string, string>) {
      Object.assign(headers, values);
      return this;
    },
    status(code: number) {
      status = code;
      return this;
    },
    json(payload: Record<string, unknown>) {
      body = payload;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-123', method }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter(logger).catch(exception, host);
  return { status, body, logged, headers };
}

const dbError = (code: string, extra: Record<string, unknown> = {}) =>
  new QueryFailedError(
    'INSERT INTO persons ...',
    ['Olena'],
    Object.assign(new Error('duplicate key (first_name)=(Olena)'), { code, ...extra }),
  );

describe('AllExceptionsFilter', () => {
  it('maps coded errors to their status with field errors', () => {
    const { status, body } = run(fieldError('reference', 'reference_taken', 'is already used by another household'));
    expect(status).toBe(422);
    expect(body).toEqual({
      statusCode: 422,
      code: 'validation_failed',
      message: 'Validation failed',
      errors: { reference: 'is already used by another household' },
      fieldCodes: { reference: { code: 'reference_taken' } },
    });
  });

  it('answers a coded error with its code and the params a client puts in its own sentence', () => {
    const { status, body } = run(
      new AppError('household_has_members', 'This household still has 2 member(s); remove them first', {
        params: { count: 2 },
      }),
    );
    expect(status).toBe(409);
    expect(body).toEqual({
      statusCode: 409,
      code: 'household_has_members',
      message: 'This household still has 2 member(s); remove them first',
      params: { count: 2 },
    });
    const field = run(fieldError('name', 'too_long', 'must be shorter than or equal to 200 characters', { max: 200 }));
    expect(field.body.fieldCodes).toEqual({ name: { code: 'too_long', params: { max: 200 } } });
  });

  it('keeps Nest HTTP errors below 500', () => {
    expect(run(new NotFoundException('Cannot GET /api/nope')).body).toEqual({
      statusCode: 404,
      code: 'not_found',
      message: 'Cannot GET /api/nope',
    });
    expect(run(new BadRequestException('Unexpected token } in JSON at position 3')).body).toEqual({
      statusCode: 400,
      code: 'malformed_json',
      message: 'Malformed JSON in request body',
    });
    expect(run(new PayloadTooLargeException()).body.code).toBe('body_too_large');
    expect(run(new BadRequestException('Validation failed (uuid is expected)')).body.code).toBe('bad_request');
  });

  it('maps constraint violations without echoing SQL or values', () => {
    const { status, body } = run(dbError('23505'));
    expect(status).toBe(409);
    expect(body.code).toBe('duplicate');
    expect(JSON.stringify(body)).not.toMatch(/Olena|INSERT/);
    expect(run(dbError('23514')).status).toBe(422);
  });

  it('names the field a CHECK or a foreign key refused, from the constraint and column names only', () => {
    const plan = run(
      dbError('23514', {
        constraint: 'ck_perspective_plans_review_after_start',
        table: 'perspective_plans',
        detail: 'Failing row contains (Olena)',
      }),
      'PUT',
    );
    expect(plan.body).toEqual({
      statusCode: 422,
      code: 'validation_failed',
      message: 'Validation failed',
      errors: { nextReviewDate: 'cannot be before the start date' },
      fieldCodes: { nextReviewDate: { code: 'before_start_date' } },
    });
    const enumCheck = run(dbError('23514', { constraint: 'ck_households_shelter_type', table: 'households' }), 'POST');
    expect(enumCheck.body.errors).toEqual({ shelterType: 'a value is out of range or malformed' });
    expect(enumCheck.body.fieldCodes).toEqual({ shelterType: { code: 'value_malformed' } });
    const fk = run(
      dbError('23503', { detail: 'Key (person_id)=(0b3c-Olena) is not present in table "persons".' }),
      'POST',
    );
    expect(fk.body.errors).toEqual({ personId: 'refers to a record that does not exist' });
    expect(fk.body.fieldCodes).toEqual({ personId: { code: 'record_missing' } });
    expect(JSON.stringify([plan.body, fk.body])).not.toMatch(/Olena/);
    const unnamed = run(dbError('23514'), 'POST').body;
    expect(unnamed.errors).toEqual({ root: { serverError: 'a value is out of range or malformed' } });
    expect(unnamed.fieldCodes).toEqual({ root: { code: 'value_malformed' } });
  });

  it('turns anything else into an opaque 500 with the request id, logged without values from the database', () => {
    const unexpected = run(new Error('boom'));
    expect(unexpected.status).toBe(500);
    expect(unexpected.body).toEqual({
      statusCode: 500,
      code: 'internal_error',
      message: 'Internal server error',
      requestId: 'req-123',
    });
    expect(unexpected.logged).toHaveLength(1);
    const db = run(dbError('XX000'));
    expect(db.status).toBe(500);
    expect(JSON.stringify(db.logged)).not.toContain('Olena');
    expect(JSON.stringify(db.logged)).toContain('req-123');
  });

  it('answers a required column sent as null with a field error under its JSON name', () => {
    const { status, body } = run(dbError('23502', { column: 'childcare_need' }), 'PUT');
    expect(status).toBe(422);
    expect(body).toEqual({
      statusCode: 422,
      code: 'validation_failed',
      message: 'Validation failed',
      errors: { childcareNeed: 'is required' },
      fieldCodes: { childcareNeed: { code: 'required' } },
    });
  });

  it.each(['22003', '22007', '22008', '22009', '22021', '22P02'])(
    'maps bad value %s to 400 in a read and 422 in a write',
    (code) => {
      const read = run(dbError(code), 'GET');
      expect(read.status).toBe(400);
      expect(read.body.code).toBe('invalid_query');
      expect(JSON.stringify(read.body)).not.toMatch(/Olena|INSERT/);
      const write = run(dbError(code), 'POST');
      expect(write.status).toBe(422);
      expect(write.body.errors).toEqual({ root: { serverError: 'a value is out of range or malformed' } });
      expect(write.body.fieldCodes).toEqual({ root: { code: 'value_malformed' } });
    },
  );

  it('sends the headers a coded error carries, such as Retry-After', () => {
    const { status, headers, body } = run(
      new AppError('rate_limited', 'slow down', { params: { retryAfter: 42 }, headers: { 'Retry-After': '42' } }),
    );
    expect(status).toBe(429);
    expect(body).toEqual({ statusCode: 429, code: 'rate_limited', message: 'slow down', params: { retryAfter: 42 } });
    expect(headers).toEqual({ 'Retry-After': '42' });
  });
});
