import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { ActingUser } from '../auth/acting-user.js';
import { inOrganization } from './unit-of-work.js';

/**
 * Every signed-in request runs in one unit of work for its organisation
 * (common/database/unit-of-work.ts), committed before the response is sent.
 * Public routes (health, sign-in, the list of integration domains) touch no
 * organisation's rows and run without one.
 */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = context.switchToHttp().getRequest<{ user?: ActingUser }>().user;
    if (!actor) return next.handle();
    return from(inOrganization(this.dataSource, actor.organizationId, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
