import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../../auth/roles.js';

/** Who is acting: every service method that touches case data takes one. */
export interface ActingUser {
  id: string;
  organizationId: string;
  role: Role;
  email: string;
  fullName: string;
  /** The request id, for the audit trail and error reports. */
  requestId?: string;
}

export const Actor = createParamDecorator((_data: unknown, ctx: ExecutionContext): ActingUser => {
  return ctx.switchToHttp().getRequest<{ user: ActingUser }>().user;
});
