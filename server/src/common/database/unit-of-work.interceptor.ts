import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { ActingUser } from '../auth/acting-user.js';
import { inOrganization, takeUnitOfWork } from './unit-of-work.js';

/**
 * Every signed-in request runs in one unit of work for its organisation
 * (common/database/unit-of-work.ts), committed before the response is sent;
 * the guard opened it with the session check.
 * Public routes (health, sign-in, the list of integration domains) touch no
 * organisation's rows and run without one.
 */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ user?: ActingUser }>();
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    // Opened by the guard with the session check (auth/sessions.ts).
    const opened = takeUnitOfWork(request);
    if (opened) return from(opened.run(handle));
    if (!request.user) return next.handle();
    return from(inOrganization(this.dataSource, request.user.organizationId, handle));
  }
}
