import { SetMetadata } from '@nestjs/common';
import type { Resource } from './permissions.js';

export const IS_PUBLIC = 'doorbraak:public';
export const PERMISSION_KEY = 'doorbraak:permission';

export interface RoutePermission {
  resource: Resource;
  action: string;
}

/** The route answers without a token (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The permission a route needs, from the permission table
 * (common/auth/permissions.ts). Every route that is not @Public names one;
 * the app refuses to start when a route has neither.
 */
export const Permission = (resource: Resource, action: string) =>
  SetMetadata(PERMISSION_KEY, { resource, action } satisfies RoutePermission);
