import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('passwords', () => {
  it.each([
    ['short1!', 'must be at least 10 characters'],
    ['onlyletterswithoutdigits', 'must contain letters and at least one digit or symbol'],
    ['12345678901', 'must contain letters and at least one digit or symbol'],
    ['Password123', 'is too easy to guess'],
    ['aaaaaaaaa1', 'is too easy to guess'],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('accepts a long password in any script', () => {
    expect(passwordProblem('Doorbraak-demo-2026')).toBeUndefined();
    expect(passwordProblem('пароль-дуже-2026')).toBeUndefined();
  });

  it('hashes with bcrypt and verifies', async () => {
    const hash = await hashPassword('Good-password-9', 4);
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    await expect(verifyPassword('Good-password-9', hash)).resolves.toBe(true);
    await expect(verifyPassword('Good-password-8', hash)).resolves.toBe(false);
  });
});
