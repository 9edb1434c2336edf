import { API_URL } from './dataProvider';
import { session } from './session';

/**
 * What the signed-in user may do, exactly as `GET /api/auth/me` says:
 * `{ [resource]: actions[] }` from the server's permission table. The client
 * keeps no rules of its own; it only reads this.
 */
export type Permissions = Record<string, string[]>;

/** react-admin's action names, in the server's words. */
const RA_ACTIONS: Record<string, string> = { edit: 'update', clone: 'create' };

/** Whether `permissions` allow `action` on `resource` (a react-admin action such as `edit` is mapped to the server's `update`). */
export function allows(permissions: Permissions | undefined, resource: string | undefined, action: string): boolean {
  if (!permissions || !resource) return false;
  return (permissions[resource] ?? []).includes(RA_ACTIONS[action] ?? action);
}

let cached: { token: string; permissions: Promise<Permissions> } | null = null;

/** The caller's permissions, asked once per session token. */
export function loadPermissions(): Promise<Permissions> {
  const token = session.token();
  if (!token) return Promise.resolve({});
  if (cached?.token !== token) {
    const permissions = fetch(`${API_URL}/auth/me`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    }).then(async (response) => {
      if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status });
      return ((await response.json()) as { permissions?: Permissions }).permissions ?? {};
    });
    // A failed look-up is asked again next time instead of denying everything for the session.
    permissions.catch(() => {
      if (cached?.permissions === permissions) cached = null;
    });
    cached = { token, permissions };
  }
  return cached.permissions;
}
