import { Injectable } from '@nestjs/common';
import type { ActingUser } from '../common/auth/acting-user.js';
import { badRequest } from '../common/errors/app-error.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import { ContactLogsRepository } from '../contact-logs/contact-logs.repository.js';
import { HelpdeskRepository } from '../helpdesk/helpdesk.repository.js';
import { DataSource } from 'typeorm';
import { contactLogThemes, helpdeskThemes } from './theme-minutes.js';

@Injectable()
export class ThemesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logs: ContactLogsRepository,
    private readonly helpdesk: HelpdeskRepository,
  ) {}

  async report(actor: ActingUser, params: RawListParams) {
    let raw: Record<string, unknown> = {};
    try {
      raw = params.filter ? JSON.parse(String(params.filter)) : {};
    } catch {
      throw badRequest('filter is not valid JSON');
    }
    const { level = 'top', ...logFilter } = raw as { level?: unknown };
    if (level !== 'top' && level !== 'all') throw badRequest('filter level must be "top" or "all"');
    const allowed = ['occurredAt_gte', 'occurredAt_lte', 'authorId', 'municipality', 'track', 'householdId'];
    const unknown = Object.keys(logFilter).filter((k) => !allowed.includes(k));
    if (unknown.length) throw badRequest(`unknown filter "${unknown[0]}"; filters: level, ${allowed.join(', ')}`);
    const { filter } = parseListQuery({ filter: JSON.stringify(logFilter) }, this.logs.spec);
    const topLevel = level === 'top';

    const logs = await contactLogThemes(this.dataSource, actor.organizationId, {
      from: filter.occurredAt_gte as string | undefined,
      to: filter.occurredAt_lte as string | undefined,
      authorId: filter.authorId as string | undefined,
      householdId: filter.householdId as string | undefined,
      municipality: filter.municipality as string | undefined,
      track: filter.track as string | undefined,
    }, topLevel);
    // The helpdesk has no author or household track: only the period applies.
    const helpdeskFilter = Object.fromEntries(
      Object.entries({ receivedAt_gte: filter.occurredAt_gte, receivedAt_lte: filter.occurredAt_lte }).filter(([, v]) => v !== undefined),
    );
    const helpdesk = await helpdeskThemes(this.helpdesk.themeSource(actor.organizationId, helpdeskFilter), actor.organizationId, topLevel);
    return { level, totalMinutes: logs.totalMinutes, rows: logs.rows, helpdesk };
  }
}
