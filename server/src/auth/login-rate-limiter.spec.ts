import { LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  it('allows the limit per email, then refuses until the window ends', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limiter.hit('10.0.0.1', 'A@x.example');
    expect(() => limiter.hit('10.0.0.2', 'a@x.example')).toThrow(/Too many/);
    limiter.hit('10.0.0.1', 'b@x.example');
    now = 60_001;
    expect(() => limiter.hit('10.0.0.1', 'a@x.example')).not.toThrow();
  });

  it('limits one address across many emails at ten times the limit', () => {
    const limiter = new LoginRateLimiter(2, 60_000, () => 0);
    for (let i = 0; i < 20; i++) limiter.hit('10.0.0.9', `user${i}@x.example`);
    expect(() => limiter.hit('10.0.0.9', 'another@x.example')).toThrow(/Too many/);
  });

  it('says in Retry-After how many seconds are left in the window', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(1, 60_000, () => now);
    limiter.hit('10.0.0.1', 'a@x.example');
    now = 15_500;
    try {
      limiter.hit('10.0.0.1', 'a@x.example');
      throw new Error('expected a 429');
    } catch (error) {
      expect((error as { headers?: Record<string, string> }).headers).toEqual({ 'Retry-After': '45' });
    }
  });
});
