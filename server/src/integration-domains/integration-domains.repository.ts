import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldError } from '../common/errors/app-error.js';
import { applyListQuery } from '../common/list/list-query.js';
import type { ListQuery, ListResult, ListSpec } from '../common/list/list-spec.js';
import { DOMAIN_GROUPS, IntegrationDomain } from './integration-domain.entity.js';

export const INTEGRATION_DOMAINS_SPEC: ListSpec = {
  resource: 'integration-domains',
  sortable: { order: 'd.order', key: 'd.key', group: 'd.group', id: 'd.key' },
  filters: { group: { column: 'd.group', type: 'enum', values: DOMAIN_GROUPS } },
  search: [
    "d.name->>'en'",
    "d.name->>'nl'",
    "d.name->>'uk'",
    "d.description->>'en'",
    "d.description->>'nl'",
    "d.description->>'uk'",
  ],
  defaultSort: ['order', 'ASC'],
};

/**
 * The 14 integration domains (reference data, the same for every
 * organisation) and the one check that a key names one of them, for every
 * record keyed by domain: obstacles, labels, referrals, partner
 * organisations, plan goals. Each method takes the caller's manager, so a
 * check inside a write stays on its transaction.
 */
@Injectable()
export class IntegrationDomainsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every domain, in the framework's order. */
  all(manager: EntityManager = this.dataSource.manager): Promise<IntegrationDomain[]> {
    return manager.find(IntegrationDomain, { order: { order: 'ASC' } });
  }

  /** The domain keys, in the framework's order. */
  keys(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    return manager
      .find(IntegrationDomain, { order: { order: 'ASC' }, select: { key: true } })
      .then((rows) => rows.map((d) => d.key));
  }

  findByKey(key: string, manager: EntityManager = this.dataSource.manager): Promise<IntegrationDomain | null> {
    return manager.findOneBy(IntegrationDomain, { key });
  }

  async findForList(
    query: ListQuery,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ListResult<IntegrationDomain>> {
    const qb = manager.createQueryBuilder(IntegrationDomain, 'd');
    const [rows, total] = await applyListQuery(qb, query, INTEGRATION_DOMAINS_SPEC, 'd.key').getManyAndCount();
    return { rows, total, range: query.range };
  }

  /** The given keys that name no domain, in the order given. */
  async unknownKeys(keys: string[], manager: EntityManager): Promise<string[]> {
    const known = await this.keys(manager);
    return keys.filter((k) => !known.includes(k));
  }

  /** A 422 on `field` unless `key` names a domain; the message lists the domains, so the caller can correct it. */
  async assertDomainKey(key: string, manager: EntityManager, field = 'domainKey'): Promise<void> {
    const keys = await this.keys(manager);
    if (!keys.includes(key))
      throw fieldError(field, 'not_integration_domain', `must be one of the integration domains: ${keys.join(', ')}`);
  }
}
