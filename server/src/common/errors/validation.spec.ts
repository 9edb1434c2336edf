import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { createValidationPipe } from './validation.js';
import { AppError } from './app-error.js';
import { IsCalendarDate, IsNotBlank, IsOneOf } from '../validation/validators.js';
import { IsStrongPassword } from '../validation/password.validator.js';

class Sample {
  @IsString() @IsNotBlank() @MaxLength(20) name!: string;
  @IsOneOf(['A0', 'A1', 'B2']) level!: string;
  @IsUUID('all', { message: 'must be a person id' }) personId!: string;
  @IsInt() @Min(1900) birthYear!: number;
  @IsNumber({ maxDecimalPlaces: 2 }) costEur!: number;
  @IsCalendarDate() date!: string;
  @IsArray() @ArrayMaxSize(2) ids!: string[];
  @Matches(/^#[0-9a-f]{6}$/, { message: 'must be a colour like #1976d2' }) color!: string;
  @IsStrongPassword() password!: string;
}

const VALID = {
  name: 'Olena',
  level: 'A1',
  personId: '0b3c8a3e-4b1e-4c5e-9a53-7f6f3a0b9d11',
  birthYear: 1988,
  costEur: 1.5,
  date: '2024-02-29',
  ids: [],
  color: '#1976d2',
  password: 'Long-enough-42',
};

async function refuse(body: Record<string, unknown>) {
  try {
    await createValidationPipe().transform({ ...VALID, ...body }, { type: 'body', metatype: Sample });
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, errors: error.errors };
    throw error;
  }
  throw new Error('accepted');
}

describe('the validation pipe', () => {
  it('gives each refused field a code, with the constraint parameters a client puts in its sentence', async () => {
    const { code, errors } = await refuse({
      name: 'x'.repeat(21),
      level: 'C9',
      personId: 'nope',
      birthYear: 1800,
      ids: ['a', 'b', 'c'],
      color: 'red',
      date: '2024-02-30',
    });
    expect(code).toBe('validation_failed');
    expect(errors).toEqual({
      name: { code: 'too_long', message: 'must be shorter than or equal to 20 characters', params: { max: 20 } },
      level: { code: 'not_allowed_value', message: 'must be one of: A0, A1, B2', params: { values: 'A0, A1, B2' } },
      personId: { code: 'invalid_id', message: 'must be a person id' },
      birthYear: { code: 'too_small', message: 'must not be less than 1900', params: { min: 1900 } },
      ids: { code: 'too_many_items', message: 'must contain no more than 2 elements', params: { max: 2 } },
      color: { code: 'invalid_format', message: 'must be a colour like #1976d2' },
      date: { code: 'invalid_date', message: 'must be a date (YYYY-MM-DD)' },
    });
  });

  it('names the kind of value first, a missing or blank value as required, and an unknown field', async () => {
    const { errors } = await refuse({ name: '   ', level: null, birthYear: 'abc', costEur: 1.555, extra: 1 });
    expect(errors).toEqual({
      name: { code: 'required', message: 'must not be empty' },
      level: { code: 'required', message: 'is required' },
      birthYear: { code: 'not_integer', message: expect.any(String) },
      costEur: { code: 'not_number', message: expect.any(String), params: { decimals: 2 } },
      extra: { code: 'unknown_field', message: 'is not a known field' },
    });
  });

  it('says why a password is weak', async () => {
    expect((await refuse({ password: 'short1' })).errors).toEqual({
      password: { code: 'too_short', message: 'must be at least 10 characters', params: { min: 10 } },
    });
    expect((await refuse({ password: 'onlyletterslong' })).errors?.password.code).toBe('password_too_simple');
    expect((await refuse({ password: 'password123' })).errors?.password.code).toBe('password_guessable');
  });

  it('codes text PostgreSQL cannot store, and a body that is no object', async () => {
    expect((await refuse({ name: 'a\u0000b' })).errors).toEqual({
      name: { code: 'invalid_text', message: 'must not contain NUL characters' },
    });
    await expect(createValidationPipe().transform([], { type: 'body', metatype: Sample })).rejects.toMatchObject({
      code: 'body_not_object',
    });
    await expect(createValidationPipe().transform('a\u0000', { type: 'param', data: 'id' })).rejects.toMatchObject({
      code: 'invalid_path',
    });
  });
});
