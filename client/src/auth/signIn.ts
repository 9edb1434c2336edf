import type { SessionUser } from '../providers/session';

/** The API refused the sign-in; `message` is the server's (English) message. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** POST /api/auth/login. Kept free of react-admin: the sign-in screen loads without it. */
export async function requestSignIn(
  email: string,
  password: string,
  organizationId?: string,
): Promise<{ accessToken: string; user: SessionUser }> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    // organizationId: only after the server answered 409 because this password opens accounts in several organisations.
    body: JSON.stringify({ email: email.trim(), password, ...(organizationId ? { organizationId } : {}) }),
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const answered = (body as { message?: unknown } | null)?.message;
    const message = typeof answered === 'string' ? answered : response.statusText;
    throw new SignInError(message, response.status, body);
  }
  return body as { accessToken: string; user: SessionUser };
}

export interface SignInOrganization {
  id: string;
  name: string;
}

/** The organisations to choose from when one password opens accounts in several (the server's 409). */
export function organizationsToChoose(error: unknown): SignInOrganization[] {
  if (!(error instanceof SignInError) || error.status !== 409) return [];
  const organizations = (error.body as { organizations?: unknown } | undefined)?.organizations;
  if (!Array.isArray(organizations)) return [];
  return (organizations as unknown[]).filter((o): o is SignInOrganization => {
    const candidate = o as Partial<SignInOrganization> | null;
    return typeof candidate?.id === 'string' && typeof candidate?.name === 'string';
  });
}

export const LOGIN_ROUTE = '/login';

/** The app route a hash names ("#/households?x=1" → "/households?x=1"); "/" when it names none. */
export function routeOfHash(hash: string): string {
  const route = hash.replace(/^#/, '');
  return route.startsWith('/') ? route : '/';
}

export function isLoginRoute(route: string): boolean {
  return route === LOGIN_ROUTE || route.startsWith(`${LOGIN_ROUTE}?`) || route.startsWith(`${LOGIN_ROUTE}/`);
}

/**
 * Where to go after signing in: the route that was asked for, never the login page itself, and only an
 * in-app route ("//host" or anything not starting with "/" falls back to the home page).
 */
export function afterSignInRoute(asked: unknown): string {
  if (typeof asked !== 'string' || !asked.startsWith('/') || asked.startsWith('//') || isLoginRoute(asked)) return '/';
  return asked;
}
