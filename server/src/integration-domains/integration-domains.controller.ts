import { Permission } from '../common/auth/decorators.js';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { applyListQuery, parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { DOMAIN_GROUPS, IntegrationDomain } from './integration-domain.entity.js';

export const SPEC: ListSpec = {
  resource: 'integration-domains',
  sortable: { order: 'd.order', key: 'd.key', group: 'd.group', id: 'd.key' },
  filters: { group: { column: 'd.group', type: 'enum', values: DOMAIN_GROUPS } },
  search: ["d.name->>'en'", "d.name->>'nl'", "d.name->>'uk'", "d.description->>'en'", "d.description->>'nl'", "d.description->>'uk'"],
  defaultSort: ['order', 'ASC'],
};

/** Shared reference data; `id` is the domain `key`. */
@ApiTags('integration-domains')
@ApiBearerAuth()
@Controller('integration-domains')
export class IntegrationDomainsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Permission('integration-domains', 'list')
  async list(@Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    const keys = requestedKeys(params.filter);
    if (keys) {
      // getMany asks by id, and here an id is a key, not a UUID.
      const rows = await this.dataSource.manager.find(IntegrationDomain, { order: { order: 'ASC' } });
      const picked = rows.filter((d) => keys.includes(d.key)).map(withId);
      return listResponse(res, 'integration-domains', { rows: picked, total: picked.length, range: [0, picked.length] });
    }
    const query = parseListQuery(params, SPEC);
    const qb = this.dataSource.manager.createQueryBuilder(IntegrationDomain, 'd');
    const [rows, total] = await applyListQuery(qb, query, SPEC, 'd.key').getManyAndCount();
    return listResponse(res, 'integration-domains', { rows: rows.map(withId), total, range: query.range });
  }

  @Get(':id')
  @Permission('integration-domains', 'show')
  async get(@Param('id') id: string) {
    const domain = await this.dataSource.manager.findOneBy(IntegrationDomain, { key: id });
    if (!domain) throw notFound('Integration domain');
    return withId(domain);
  }
}

const withId = (domain: IntegrationDomain) => ({ id: domain.key, ...domain });

function requestedKeys(rawFilter: unknown): string[] | undefined {
  if (typeof rawFilter !== 'string') return undefined;
  try {
    const filter = JSON.parse(rawFilter) as Record<string, unknown> | null;
    // Only a pure getMany (`{"id": key or [keys]}`) is answered here; anything else goes through the list's checks.
    if (!filter || typeof filter !== 'object' || Object.keys(filter).length !== 1 || filter.id === undefined) return undefined;
    const keys = ([] as unknown[]).concat(filter.id);
    return keys.every((key) => typeof key === 'string') ? (keys as string[]) : undefined;
  } catch {
    return undefined;
  }
}
