import { afterEach, describe, expect, it, vi } from 'vitest';
import { authProvider } from './authProvider';
import { session, type SessionUser } from './session';

const user: SessionUser = { id: 'u1', email: 'a@example.org', fullName: 'A', role: 'caseworker', organizationId: 'o1' };

describe('logout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('ends the session on the server with its token, then forgets it here', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    session.save('the-token', user);
    await authProvider.logout({});
    expect(fetch).toHaveBeenCalledWith('/api/auth/logout', {
      method: 'POST',
      headers: { Authorization: 'Bearer the-token' },
    });
    expect(session.token()).toBeNull();
  });

  it('signs out here even when the server cannot be reached, and calls nothing without a session', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    session.save('the-token', user);
    await expect(authProvider.logout({})).resolves.toBeUndefined();
    expect(session.user()).toBeNull();
    fetch.mockClear();
    await authProvider.logout({});
    expect(fetch).not.toHaveBeenCalled();
  });
});
