import { AppError } from '../common/errors/app-error.js';

/**
 * Limits sign-in attempts (and current-password checks) over a sliding
 * window, per client address and per (address, e-mail). Never per e-mail
 * alone: that would let anyone lock a colleague out by typing wrong
 * passwords for their address from elsewhere. Someone guessing one
 * account's password from many addresses is held back by the password rules
 * and bcrypt's cost instead (see docs/security.md). In memory: one app
 * process serves one deployment.
 */
export class LoginRateLimiter {
  /** Per key, the times of the attempts still inside the window, oldest first. */
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Per address and e-mail the limit; per address ten times it, since
   * colleagues share an office network. A refused attempt is not counted, so
   * the wait never grows past the window.
   */
  hit(ip: string, email: string): void {
    const current = this.now();
    const keys: [string, number][] = [
      [`ip:${ip}`, this.limit * 10],
      [`ip-email:${ip}\u0000${email.trim().toLowerCase()}`, this.limit],
    ];
    for (const [key, limit] of keys) {
      const times = this.recent(key, current);
      if (times.length >= limit) {
        const retryAfter = Math.max(1, Math.ceil((times[0] + this.windowMs - current) / 1000));
        throw new AppError('rate_limited', 'Too many sign-in attempts; wait a minute and try again', {
          params: { retryAfter },
          headers: { 'Retry-After': String(retryAfter) },
        });
      }
    }
    for (const [key] of keys) {
      const times = this.attempts.get(key);
      if (times) times.push(current);
      else this.attempts.set(key, [current]);
    }
    this.prune(current);
  }

  /** The attempts of a key inside the window ending now (older ones dropped). */
  private recent(key: string, current: number): number[] {
    const times = this.attempts.get(key);
    if (!times) return [];
    const start = current - this.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop] <= start) drop++;
    if (drop > 0) times.splice(0, drop);
    return times;
  }

  private prune(current: number): void {
    if (this.attempts.size < 10_000) return;
    for (const [key, times] of this.attempts) {
      if (times.length === 0 || times[times.length - 1] <= current - this.windowMs) this.attempts.delete(key);
    }
  }
}
