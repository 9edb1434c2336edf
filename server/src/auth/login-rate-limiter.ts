import { AppError } from '../common/errors/app-error.js';

/**
 * Counts login attempts per client address and per email within a window;
 * past the limit, further attempts get a 429 until the window ends. In memory:
 * one app process serves one deployment.
 */
export class LoginRateLimiter {
  private readonly attempts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Per email the limit; per address ten times it, since colleagues share an office network. */
  hit(ip: string, email: string): void {
    const keys: [string, number][] = [
      [`ip:${ip}`, this.limit * 10],
      [`email:${email.trim().toLowerCase()}`, this.limit],
    ];
    for (const [key, limit] of keys) {
      const current = this.now();
      const entry = this.attempts.get(key);
      if (!entry || entry.resetAt <= current) {
        this.attempts.set(key, { count: 1, resetAt: current + this.windowMs });
        continue;
      }
      entry.count += 1;
      if (entry.count > limit) {
        const retryAfter = String(Math.max(1, Math.ceil((entry.resetAt - current) / 1000)));
        throw new AppError('too_many_requests', 'Too many sign-in attempts; wait a minute and try again', undefined, { 'Retry-After': retryAfter });
      }
    }
    this.prune();
  }

  private prune(): void {
    if (this.attempts.size < 10_000) return;
    const current = this.now();
    for (const [key, entry] of this.attempts) if (entry.resetAt <= current) this.attempts.delete(key);
  }
}
