import bcrypt from 'bcryptjs';

const COMMON = new Set(['password123', 'welkom12345', 'qwerty12345', '1234567890', 'wachtwoord1', 'doorbraak123', 'admin12345']);
const BCRYPT_ROUNDS = 12;

/** Why a password is too weak, or undefined when it will do. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'must be at least 10 characters';
  if (password.length > 200) return 'must be at most 200 characters';
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) {
    return 'must contain letters and at least one digit or symbol';
  }
  if (COMMON.has(password.toLowerCase()) || new Set(password).size < 5) return 'is too easy to guess';
  return undefined;
}

export function hashPassword(password: string, rounds = BCRYPT_ROUNDS): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummy: Promise<string> | undefined;
/** Compared against when the email is unknown, so both paths take as long. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('no user has this password');
  return dummy;
}
