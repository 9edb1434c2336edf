import { Permission } from '../common/auth/decorators.js';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { notFound } from '../common/errors/app-error.js';
import { listResponse } from '../common/http/list-response.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { IntegrationDomain } from './integration-domain.entity.js';
import { INTEGRATION_DOMAINS_SPEC, IntegrationDomainsRepository } from './integration-domains.repository.js';

/** Shared reference data; `id` is the domain `key`. */
@ApiTags('integration-domains')
@ApiBearerAuth()
@Controller('integration-domains')
export class IntegrationDomainsController {
  constructor(private readonly domains: IntegrationDomainsRepository) {}

  @Get()
  @Permission('integration-domains', 'list')
  async list(@Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    const keys = requestedKeys(params.filter);
    if (keys) {
      // getMany asks by id, and here an id is a key, not a UUID.
      const rows = await this.domains.all();
      const picked = rows.filter((d) => keys.includes(d.key)).map(withId);
      return listResponse(res, 'integration-domains', {
        rows: picked,
        total: picked.length,
        range: [0, picked.length],
      });
    }
    const query = parseListQuery(params, INTEGRATION_DOMAINS_SPEC);
    const { rows, total, range } = await this.domains.findForList(query);
    return listResponse(res, 'integration-domains', { rows: rows.map(withId), total, range });
  }

  @Get(':id')
  @Permission('integration-domains', 'show')
  async get(@Param('id') id: string) {
    const domain = await this.domains.findByKey(id);
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
    if (!filter || typeof filter !== 'object' || Object.keys(filter).length !== 1 || filter.id === undefined)
      return undefined;
    const keys = ([] as unknown[]).concat(filter.id);
    return keys.every((key) => typeof key === 'string') ? keys : undefined;
  } catch {
    return undefined;
  }
}
