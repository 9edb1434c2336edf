import { createHmac } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { ErrorParams, FieldErrorCode } from '../common/errors/error-codes.js';

const COMMON = new Set([
  'password123',
  'welkom12345',
  'qwerty12345',
  '1234567890',
  'wachtwoord1',
  'doorbraak123',
  'admin12345',
]);
const BCRYPT_ROUNDS = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * bcrypt reads only the first 72 bytes of its input: on its own, two passwords
 * sharing those bytes would both sign in, and 72 bytes are only 36 Cyrillic
 * letters. So the whole password is first reduced to a fixed 44 characters:
 * HMAC-SHA-256 (NFC-normalised, base64, so no NUL byte reaches bcrypt) and
 * bcrypt over that. The key is no secret; it makes the pre-hash this app's
 * own, so hashes of plain SHA-256 leaked elsewhere cannot be tried against
 * ours ("password shucking"). Hashes made this way carry PREHASHED in front.
 */
const PREHASHED = 'hmac-sha256:';
const PREHASH_KEY = 'doorbraak/password/v1';

/** Why a password is too weak, or undefined when it will do. */
export function passwordProblem(password: string): string | undefined {
  return passwordProblemCode(password)?.message;
}

/** What is wrong with a new password, as an error code with its English message; undefined when it will do. */
export function passwordProblemCode(
  password: string,
): { code: FieldErrorCode; message: string; params?: ErrorParams } | undefined {
  if (password.length < 10)
    return { code: 'too_short', message: 'must be at least 10 characters', params: { min: 10 } };
  if (password.length > MAX_PASSWORD_LENGTH) {
    return {
      code: 'too_long',
      message: `must be at most ${MAX_PASSWORD_LENGTH} characters`,
      params: { max: MAX_PASSWORD_LENGTH },
    };
  }
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) {
    return { code: 'password_too_simple', message: 'must contain letters and at least one digit or symbol' };
  }
  if (COMMON.has(password.toLowerCase()) || new Set(password).size < 5)
    return { code: 'password_guessable', message: 'is too easy to guess' };
  return undefined;
}

function prehash(password: string): string {
  return createHmac('sha256', PREHASH_KEY).update(password.normalize('NFC'), 'utf8').digest('base64');
}

export async function hashPassword(password: string, rounds = BCRYPT_ROUNDS): Promise<string> {
  return PREHASHED + (await bcrypt.hash(prehash(password), rounds));
}

/**
 * Checks a password against a stored hash of either kind: hashes from before
 * the pre-hash (plain bcrypt) still verify, and are replaced at the next
 * successful sign-in (see needsRehash).
 */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (hash.startsWith(PREHASHED)) return bcrypt.compare(prehash(password), hash.slice(PREHASHED.length));
  return bcrypt.compare(password, hash);
}

/** A plain bcrypt hash from before the pre-hash, to be replaced when its password is next given. */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(PREHASHED);
}

let dummy: Promise<string> | undefined;
/** Compared against when the email is unknown, so both paths take as long. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('no user has this password');
  return dummy;
}
