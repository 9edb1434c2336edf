import type { AuthProvider } from 'react-admin';
import { requestSignIn } from '../auth/signIn';
import { session } from './session';
import { canRoleAccess } from './permissions';

export const authProvider: AuthProvider = {
  // Rejects with the SignInError the sign-in card turns into field or form messages.
  async login({ username, email, password }: { username?: string; email?: string; password: string }) {
    const { accessToken, user } = await requestSignIn(email ?? username ?? '', password);
    session.save(accessToken, user);
  },
  async logout() {
    session.clear();
  },
  async checkAuth() {
    if (!session.isSignedIn()) throw new Error('not signed in');
  },
  // Only an expired or invalid session signs out; a 403 is "not allowed", not "not signed in".
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      throw new Error('session expired');
    }
  },
  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('not signed in');
    return { id: user.id, fullName: user.fullName, email: user.email, role: user.role, organizationId: user.organizationId };
  },
  async getPermissions() {
    return session.user()?.role;
  },
  async canAccess({ resource, action }) {
    const role = session.user()?.role;
    return role ? canRoleAccess(role, resource, action) : false;
  },
};
