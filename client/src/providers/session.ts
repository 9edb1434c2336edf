/** The signed-in user as the API returned it at login. */
export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: 'admin' | 'coordinator' | 'caseworker' | 'researcher' | 'matcher';
  organizationId: string;
}

const TOKEN_KEY = 'doorbraak.token';
const USER_KEY = 'doorbraak.user';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
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
