import type { SessionUser } from './session';

type Role = SessionUser['role'];

/** Mirrors the server's @Roles: the server decides, this only keeps the menu and buttons honest. */
const WRITE_ONLY_ADMIN = new Set(['users']);
const DELETE_ROLES: Role[] = ['admin', 'coordinator', 'caseworker'];
const READ_ONLY = new Set(['integration-domains']);

export function canRoleAccess(role: Role, resource: string, action: string): boolean {
  if (resource === 'users') return role === 'admin';
  if (READ_ONLY.has(resource)) return action === 'list' || action === 'show';
  if (action === 'delete') return DELETE_ROLES.includes(role);
  if (WRITE_ONLY_ADMIN.has(resource)) return role === 'admin';
  return true;
}
