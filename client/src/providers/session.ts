import type { Role } from '../api/types';

/** The signed-in user as the API returned it at login. */
export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  organizationId: string;
}

const TOKEN_KEY = 'doorbraak.token';
const USER_KEY = 'doorbraak.user';

/**
 * When the token stops being accepted (its `exp` claim), in ms since the epoch; undefined when it has none.
 * Read without checking the signature: it only decides whether to show the sign-in page, the server decides the rest.
 */
export function tokenExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1];
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  /** A token that has not expired yet, known without asking the server (so the first screen is decided at once). */
  isSignedIn(now = Date.now()): boolean {
    const token = localStorage.getItem(TOKEN_KEY);
    if (!token || !localStorage.getItem(USER_KEY)) return false;
    const expiry = tokenExpiry(token);
    return expiry === undefined || expiry > now;
  },
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser) {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear() {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
};
