import { NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Logger } from 'pino';
import { AllExceptionsFilter } from './exception.filter.js';
import { fieldError } from './app-error.js';

function run(exception: unknown) {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
  let status = 0;
  let body: Record<string, unknown> = {};
  const response = {
    headersSent: false,
    status(code: number) {
      status = code;
      return this;
    },
    json(payload: Record<string, unknown>) {
      body = payload;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-123' }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter(logger).catch(exception, host);
  return { status, body, logged };
}

const dbError = (code: string) =>
  new QueryFailedError('INSERT INTO persons ...', ['Olena'], Object.assign(new Error('duplicate key (first_name)=(Olena)'), { code }));

describe('AllExceptionsFilter', () => {
  it('maps coded errors to their status with field errors', () => {
    const { status, body } = run(fieldError('reference', 'is already used'));
    expect(status).toBe(422);
    expect(body).toEqual({ statusCode: 422, message: 'Validation failed', errors: { reference: 'is already used' } });
  });

  it('keeps Nest HTTP errors below 500', () => {
    expect(run(new NotFoundException('Cannot GET /api/nope')).body).toEqual({ statusCode: 404, message: 'Cannot GET /api/nope' });
  });

  it('maps constraint violations without echoing SQL or values', () => {
    const { status, body } = run(dbError('23505'));
    expect(status).toBe(409);
    expect(JSON.stringify(body)).not.toMatch(/Olena|INSERT/);
    expect(run(dbError('23514')).status).toBe(422);
  });

  it('turns anything else into an opaque 500 with the request id, logged without values from the database', () => {
    const unexpected = run(new Error('boom'));
    expect(unexpected.status).toBe(500);
    expect(unexpected.body).toEqual({ statusCode: 500, message: 'Internal server error', requestId: 'req-123' });
    expect(unexpected.logged).toHaveLength(1);
    const db = run(dbError('XX000'));
    expect(db.status).toBe(500);
    expect(JSON.stringify(db.logged)).not.toContain('Olena');
    expect(JSON.stringify(db.logged)).toContain('req-123');
  });
});
