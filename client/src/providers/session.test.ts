import { session, tokenExpiry } from './session';

const user = { id: 'u1', email: 'a@b.example', fullName: 'A', role: 'caseworker' as const, organizationId: 'o1' };
const jwt = (payload: object) =>
  `e30.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('session', () => {
  afterEach(() => localStorage.clear());

  it('reads the expiry of a token', () => {
    expect(tokenExpiry(jwt({ exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
    expect(tokenExpiry(jwt({ sub: 'x' }))).toBeUndefined();
    expect(tokenExpiry('not a token')).toBeUndefined();
  });

  it('is signed in with a token that has not expired, without asking the server', () => {
    expect(session.isSignedIn()).toBe(false);
    session.save(jwt({ exp: 2_000_000_000 }), user);
    expect(session.isSignedIn(1_900_000_000_000)).toBe(true);
    expect(session.isSignedIn(2_000_000_001_000)).toBe(false);
  });

  it('is signed out when the user is missing or after clearing', () => {
    session.save(jwt({ exp: 2_000_000_000 }), user);
    localStorage.removeItem('doorbraak.user');
    expect(session.isSignedIn(0)).toBe(false);
    session.save(jwt({ exp: 2_000_000_000 }), user);
    session.clear();
    expect(session.isSignedIn(0)).toBe(false);
  });
});
