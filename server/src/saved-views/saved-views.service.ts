import { Injectable } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_EVENTS_SPEC } from '../audit-events/audit-events.repository.js';
import { INTEGRATION_DOMAINS_SPEC } from '../integration-domains/integration-domains.repository.js';
import { SPEC as ORGANIZATIONS_SPEC } from '../organizations/organizations.controller.js';
import { USERS_LIST_SPEC } from '../users/users.repository.js';
import { validateFilter } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { actorIdSql } from '../common/auth/row-scope.js';
import { PERMISSIONS, can, type Resource } from '../common/auth/permissions.js';
import { AppError, fieldError } from '../common/errors/app-error.js';
import { SavedView } from './saved-view.entity.js';
import { SavedViewsRepository } from './saved-views.repository.js';
import type { CreateSavedViewDto, UpdateSavedViewDto } from './dto/saved-view.dto.js';

/** The most a saved filter may hold, as JSON text: a list's filter is a handful of values. */
export const MAX_FILTER_JSON = 10_000;

/** Where a view can be saved: every list, and every report (`reports/<name>`). */
export function viewableResources(): string[] {
  const lists = Object.entries(PERMISSIONS)
    .filter(
      ([resource, rule]) =>
        resource !== 'search' && resource !== 'saved-views' && (rule.actions as readonly string[]).includes('list'),
    )
    .map(([resource]) => resource);
  return [...lists, ...PERMISSIONS.reports.actions.map((report) => `reports/${report}`)];
}

/** The largest number a saved filter value may be: what a list's number filter takes (PostgreSQL int4). */
const MAX_FILTER_NUMBER = 2_147_483_647;

/** A filter value as any list or report takes one: text, a bounded number, a yes/no, null, or a list of those. */
function isPlainFilterValue(value: unknown, inList = false): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_FILTER_NUMBER;
  if (Array.isArray(value) && !inList) return value.every((v) => isPlainFilterValue(v, true));
  return false;
}

/** Whether the role may open the list or report a view belongs to. */
function mayOpen(actor: ActingUser, resource: string): boolean {
  if (resource.startsWith('reports/')) return can(actor.role, 'reports', resource.slice('reports/'.length));
  return can(actor.role, resource as Resource, 'list');
}

@Injectable()
export class SavedViewsService extends CaseRecordService<SavedView, CreateSavedViewDto, UpdateSavedViewDto> {
  constructor(
    dataSource: DataSource,
    private readonly views: SavedViewsRepository,
    private readonly modules: ModulesContainer,
  ) {
    super(dataSource, views, 'Saved view');
  }

  private specs?: Map<string, ListSpec>;

  /** The list spec of a resource, as its list parses a filter with (what openapi-lists reads too). */
  private listSpec(resource: string): ListSpec | undefined {
    if (!this.specs) {
      const specs: ListSpec[] = [AUDIT_EVENTS_SPEC, INTEGRATION_DOMAINS_SPEC, ORGANIZATIONS_SPEC, USERS_LIST_SPEC];
      for (const module of this.modules.values()) {
        for (const wrapper of module.providers.values()) {
          const spec = (wrapper.instance as { spec?: ListSpec } | undefined)?.spec;
          if (spec && typeof spec.resource === 'string' && spec.filters && spec.sortable) specs.push(spec);
        }
      }
      this.specs = new Map(specs.map((spec) => [spec.resource, spec]));
    }
    return this.specs.get(resource);
  }

  /**
   * A saved filter is what the list (or report) will be sent: a list's filter
   * keys and values as that list checks them (its ListSpec); for a report, or
   * a list that reads its filter itself, plain values only. One the list
   * would refuse is refused here, not saved to fail on every opening.
   */
  private checkFilter(resource: string, filter: Record<string, unknown>): void {
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
      throw fieldError('filter', 'invalid_value', 'must be a JSON object');
    const spec = resource.startsWith('reports/') ? undefined : this.listSpec(resource);
    for (const [key, value] of Object.entries(filter)) {
      if (spec) {
        try {
          validateFilter(key, value, spec);
        } catch (error) {
          if (error instanceof AppError) throw fieldError('filter', 'invalid_value', error.message);
          throw error;
        }
      } else if (!isPlainFilterValue(value)) {
        throw fieldError('filter', 'invalid_value', `filter ${key}: not a valid value`);
      }
    }
  }

  /** One's own views and those shared in the organisation. */
  protected override rowScope(actor: ActingUser): string | undefined {
    return `(sv.owner_id = ${actorIdSql(actor)} OR sv.shared)`;
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateSavedViewDto>,
    existing: SavedView | undefined,
    manager: EntityManager,
  ): Promise<Partial<SavedView>> {
    if (existing && existing.ownerId !== actor.id) throw notOwner();
    const fields = { ...input } as Partial<SavedView>;
    if (!existing) fields.ownerId = actor.id;
    if (input.resource !== undefined && input.resource !== existing?.resource) {
      if (existing) throw fieldError('resource', 'cannot_change', 'a view stays with its list');
      if (!viewableResources().includes(input.resource) || !mayOpen(actor, input.resource))
        throw fieldError('resource', 'not_allowed_value', 'is not a list or report you can open');
    }
    if (input.filter !== undefined) {
      fields.filter = input.filter ?? {};
      if (JSON.stringify(fields.filter).length > MAX_FILTER_JSON)
        throw fieldError('filter', 'too_long', `at most ${MAX_FILTER_JSON} characters as JSON`, {
          max: MAX_FILTER_JSON,
        });
      const resource = fields.resource ?? existing?.resource;
      if (resource !== undefined) this.checkFilter(resource, fields.filter);
    }
    if (input.sort !== undefined)
      fields.sort = input.sort ? { field: input.sort.field, order: input.sort.order } : null;
    if (input.name !== undefined) fields.name = input.name.trim();
    const name = fields.name ?? existing?.name;
    const resource = fields.resource ?? existing?.resource;
    if (name !== undefined && resource !== undefined && (input.name !== undefined || !existing)) {
      if (await this.views.nameTaken(actor.organizationId, actor.id, resource, name, existing?.id, manager))
        throw fieldError('name', 'name_taken', 'you already have a view of this name here');
    }
    return fields;
  }

  /** The owner removes their view; an admin or coordinator may also remove a shared one (a colleague left). */
  protected override beforeRemove(actor: ActingUser, existing: SavedView): Promise<void> {
    const keeper = actor.role === 'admin' || actor.role === 'coordinator';
    if (existing.ownerId !== actor.id && !(existing.shared && keeper)) return Promise.reject(notOwner());
    return Promise.resolve();
  }
}

const notOwner = () =>
  new AppError(
    'not_view_owner',
    'Only its owner changes a saved view; an admin or coordinator may remove a shared one',
  );
