import type { AuthProvider } from 'react-admin';
import { requestSignIn } from '../auth/signIn';
import { API_URL } from './dataProvider';
import { session } from './session';
import { allows, loadPermissions } from './permissions';

export const authProvider: AuthProvider = {
  // Rejects with the SignInError the sign-in card turns into field or form messages.
  async login({
    username,
    email,
    password,
    organizationId,
  }: {
    username?: string;
    email?: string;
    password: string;
    organizationId?: string;
  }) {
    const { accessToken, user } = await requestSignIn(email ?? username ?? '', password, organizationId);
    session.save(accessToken, user);
  },
  async logout() {
    const token = session.token();
    session.clear();
    // Ends the session on the server too, so a copy of the token is worthless from now on.
    // Signed out here whatever the answer (offline, or the session had already ended).
    if (token) {
      await fetch(`${API_URL}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(
        () => undefined,
      );
    }
  },
  checkAuth() {
    return session.isSignedIn() ? Promise.resolve() : Promise.reject(new Error('not signed in'));
  },
  // Only an expired or invalid session signs out; a 403 is "not allowed", not "not signed in".
  checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      return Promise.reject(new Error('session expired'));
    }
    return Promise.resolve();
  },
  getIdentity() {
    const user = session.user();
    if (!user) return Promise.reject(new Error('not signed in'));
    return Promise.resolve({
      id: user.id,
      fullName: user.fullName,
      email: user.email,
      role: user.role,
      organizationId: user.organizationId,
    });
  },
  // The server's permission table, as GET /api/auth/me hands it to this user: { [resource]: actions[] }.
  async getPermissions() {
    return loadPermissions();
  },
  async canAccess({ resource, action }) {
    return allows(await loadPermissions(), resource, action);
  },
};
