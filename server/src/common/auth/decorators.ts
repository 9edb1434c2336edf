import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../auth/roles.js';

export const IS_PUBLIC = 'doorbraak:public';
export const ROLES_KEY = 'doorbraak:roles';

/** The route answers without a token (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; without it every signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
