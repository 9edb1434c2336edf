import type { Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { forbidden } from '../errors/app-error.js';
import type { Role } from '../../auth/roles.js';
import { IS_PUBLIC, PERMISSION_KEY, type RoutePermission } from './decorators.js';
import { assertTableConsistent, can, isKnownPermission } from './permissions.js';

type Targets = Parameters<Reflector['getAllAndOverride']>[1];

/** The guard's check: a route without a permission is refused (start-up also refuses to serve one). */
export function assertPermitted(reflector: Reflector, targets: Targets, role: Role): void {
  const permission = reflector.getAllAndOverride<RoutePermission | undefined>(PERMISSION_KEY, targets);
  if (!permission || !can(role, permission.resource, permission.action)) throw forbidden();
}

/** A route the app serves, with what it declares. */
export interface DeclaredRoute {
  method: string;
  path: string;
  public: boolean;
  permission?: RoutePermission;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

/** Every controller route with its declared permission, read from the controllers' metadata. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const modules = app.get(ModulesContainer, { strict: false });
  const routes: DeclaredRoute[] = [];
  const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name === 'constructor') continue;
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (path === undefined) continue;
      const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? '?';
      const isPublic = Boolean(
        Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, wrapper.metatype),
      );
      const permission = (Reflect.getMetadata(PERMISSION_KEY, handler) ??
        Reflect.getMetadata(PERMISSION_KEY, wrapper.metatype)) as RoutePermission | undefined;
      const full = ['/api', controllerPath, String(path)]
        .map((part) => part.replace(/^\/+|\/+$/g, ''))
        .filter(Boolean)
        .join('/');
      routes.push({ method, path: `/${full}`, public: isPublic, permission });
    }
  }
  return routes;
}

/**
 * Start-up check: the table is consistent, and every route is @Public or
 * declares a permission the table knows. A route added without one stops the
 * app before it serves anything.
 */
export function assertEveryRouteDeclared(app: INestApplication): void {
  assertTableConsistent();
  const problems = declaredRoutes(app)
    .filter(
      (route) =>
        !route.public && (!route.permission || !isKnownPermission(route.permission.resource, route.permission.action)),
    )
    .map(
      (route) =>
        `${route.method} ${route.path}${route.permission ? ` (${route.permission.resource}:${route.permission.action} is not in the table)` : ''}`,
    );
  if (problems.length > 0)
    throw new Error(`Routes without a permission in the permission table: ${problems.join(', ')}`);
}
