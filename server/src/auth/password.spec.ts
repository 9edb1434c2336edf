import bcrypt from 'bcryptjs';
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from './password.js';

describe('passwords', () => {
  it.each([
    ['short1!', 'must be at least 10 characters'],
    ['onlyletterswithoutdigits', 'must contain letters and at least one digit or symbol'],
    ['12345678901', 'must contain letters and at least one digit or symbol'],
    ['Password123', 'is too easy to guess'],
    ['aaaaaaaaa1', 'is too easy to guess'],
    ['Ab-1'.repeat(51), 'must be at most 200 characters'],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('accepts a long password in any script', () => {
    expect(passwordProblem('Doorbraak-demo-2026')).toBeUndefined();
    expect(passwordProblem('пароль-дуже-2026')).toBeUndefined();
  });

  it('hashes with bcrypt over a pre-hash and verifies', async () => {
    const hash = await hashPassword('Good-password-9', 4);
    expect(hash).toMatch(/^hmac-sha256:\$2[aby]\$04\$/);
    await expect(verifyPassword('Good-password-9', hash)).resolves.toBe(true);
    await expect(verifyPassword('Good-password-8', hash)).resolves.toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('counts every byte of a long password, not only the first 72', async () => {
    // 40 Cyrillic letters are 80 bytes: bcrypt alone would ignore the last four.
    const base = `${'пароль'.repeat(6)}дуже`;
    const hash = await hashPassword(`${base}-2026`, 4);
    await expect(verifyPassword(`${base}-2026`, hash)).resolves.toBe(true);
    await expect(verifyPassword(`${base}-2027`, hash)).resolves.toBe(false);
    const ascii = 'Correct-horse-battery-staple-'.repeat(3);
    const asciiHash = await hashPassword(`${ascii}one`, 4);
    await expect(verifyPassword(`${ascii}two`, asciiHash)).resolves.toBe(false);
  });

  it('still verifies a plain bcrypt hash from before, and asks for it to be replaced', async () => {
    const legacy = await bcrypt.hash('Old-password-1', 4);
    await expect(verifyPassword('Old-password-1', legacy)).resolves.toBe(true);
    await expect(verifyPassword('Old-password-2', legacy)).resolves.toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });
});
