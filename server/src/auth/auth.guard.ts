import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { IS_PUBLIC } from '../common/auth/decorators.js';
import { assertPermitted } from '../common/auth/permission-check.js';
import { unauthenticated } from '../common/errors/app-error.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { holdUnitOfWork } from '../common/database/unit-of-work.js';
import { Sessions, setRequestSession, type TokenPayload } from './sessions.js';

/**
 * Global guard: every route needs a valid token unless marked @Public, its
 * session must be live (not logged out, not ended by a password or role
 * change) and its user active (a disabled account stops at once).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: ActingUser; id?: string }>();
    const response = context.switchToHttp().getResponse<Response>();
    const token = bearerToken(request);
    if (!token) throw unauthenticated();
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw unauthenticated('session_expired', 'Session expired or invalid; please sign in again');
    }
    // The request's unit of work opens with the session check (one statement); the interceptor runs the handler in it.
    const opened = await this.sessions.openRequest(payload);
    if (!opened) throw unauthenticated('session_expired', 'Session expired or invalid; please sign in again');
    const { user, unit } = opened;
    try {
      // The permission table decides (common/auth/permissions.ts); a route without an entry is refused.
      assertPermitted(this.reflector, [context.getHandler(), context.getClass()], user.role);
    } catch (error) {
      await unit.abandon();
      throw error;
    }
    setRequestSession(request, payload.jti as string);
    request.user = {
      id: user.id,
      organizationId: user.organizationId,
      role: user.role,
      email: user.email,
      fullName: user.fullName,
      requestId: request.id,
    };
    holdUnitOfWork(request, response, unit);
    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}
