import { LoginRateLimiter } from './login-rate-limiter.js';

const refused = (fn: () => void) => expect(fn).toThrow(/Too many/);

describe('LoginRateLimiter', () => {
  it('allows the limit per address and e-mail, then refuses until the oldest attempt leaves the window', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      limiter.hit('10.0.0.1', 'A@x.example');
      now += 10_000;
    }
    refused(() => limiter.hit('10.0.0.1', 'a@x.example'));
    // The same address may still sign in as someone else.
    limiter.hit('10.0.0.1', 'b@x.example');
    // Sliding: at 60.001 s only the first attempt (t = 0) has left the window.
    now = 60_001;
    limiter.hit('10.0.0.1', 'a@x.example');
    refused(() => limiter.hit('10.0.0.1', 'a@x.example'));
  });

  it('never lets attempts from elsewhere block the right user at their own address', () => {
    const limiter = new LoginRateLimiter(3, 60_000, () => 0);
    for (let i = 0; i < 50; i++) {
      try {
        limiter.hit(`203.0.113.${i % 5}`, 'victim@x.example');
      } catch {
        // the attacker's own addresses are limited
      }
    }
    expect(() => limiter.hit('10.0.0.1', 'victim@x.example')).not.toThrow();
  });

  it('limits one address across many e-mails at ten times the limit', () => {
    const limiter = new LoginRateLimiter(2, 60_000, () => 0);
    for (let i = 0; i < 20; i++) limiter.hit('10.0.0.9', `user${i}@x.example`);
    refused(() => limiter.hit('10.0.0.9', 'another@x.example'));
  });

  it('says in Retry-After how many seconds are left until the oldest attempt leaves the window', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(2, 60_000, () => now);
    limiter.hit('10.0.0.1', 'a@x.example');
    now = 20_000;
    limiter.hit('10.0.0.1', 'a@x.example');
    now = 35_500;
    try {
      limiter.hit('10.0.0.1', 'a@x.example');
      throw new Error('expected a 429');
    } catch (error) {
      expect((error as { headers?: Record<string, string> }).headers).toEqual({ 'Retry-After': '25' });
    }
  });

  it('does not count refused attempts, so hammering does not stretch the wait', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(1, 60_000, () => now);
    limiter.hit('10.0.0.1', 'a@x.example');
    for (now = 1_000; now < 60_000; now += 1_000) refused(() => limiter.hit('10.0.0.1', 'a@x.example'));
    now = 60_001;
    expect(() => limiter.hit('10.0.0.1', 'a@x.example')).not.toThrow();
  });
});
