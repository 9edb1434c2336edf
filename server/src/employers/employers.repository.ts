import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { applyListQuery } from '../common/list/list-query.js';
import type { ListQuery, ListResult } from '../common/list/list-spec.js';
import { Employer, EMPLOYER_STATUSES } from './employer.entity.js';

@Injectable()
export class EmployersRepository extends OrgScopedRepository<Employer> {
  constructor(dataSource: DataSource) {
    super(dataSource, Employer, 'e', {
      resource: 'employers',
      sortable: { name: 'e.name', sector: 'e.sector', city: 'e.city', status: 'e.status', createdAt: 'e.createdAt' },
      filters: {
        sector: { column: 'e.sector', type: 'text' },
        city: { column: 'e.city', type: 'text' },
        status: { column: 'e.status', type: 'enum', values: EMPLOYER_STATUSES },
      },
      search: ['e.name', 'e.sector', 'e.city', 'e.contactName', 'e.notes'],
      defaultSort: ['name', 'ASC'],
    });
  }

  /** The list shows how many placements and conversations each employer has. */
  protected override listQuery(organizationId: string): SelectQueryBuilder<Employer> {
    return this.scoped(organizationId)
      .addSelect(
        '(SELECT count(*) FROM placements p WHERE p.employer_id = e.id AND p.deleted_at IS NULL)::int',
        'placements_count',
      )
      .addSelect(
        '(SELECT count(*) FROM network_conversations c WHERE c.employer_id = e.id AND c.deleted_at IS NULL)::int',
        'conversations_count',
      );
  }

  override async findForList(organizationId: string, query: ListQuery): Promise<ListResult<Employer>> {
    const qb = applyListQuery(this.listQuery(organizationId), query, this.spec);
    const [{ entities, raw }, total] = await Promise.all([qb.getRawAndEntities(), qb.getCount()]);
    const counts = new Map(raw.map((r: Record<string, unknown>) => [r.e_id, r]));
    const rows = entities.map((e) => {
      const r = counts.get(e.id) as Record<string, number> | undefined;
      return Object.assign(e, {
        placementsCount: r?.placements_count ?? 0,
        conversationsCount: r?.conversations_count ?? 0,
      });
    });
    return { rows, total, range: query.range };
  }

  /** How many live placements and network conversations refer to this employer. */
  async usage(employerId: string, manager: EntityManager): Promise<{ placements: number; conversations: number }> {
    const [row] = await manager.query<{ placements: number; conversations: number }[]>(
      `SELECT (SELECT count(*) FROM placements WHERE employer_id = $1 AND deleted_at IS NULL)::int AS placements,
              (SELECT count(*) FROM network_conversations WHERE employer_id = $1 AND deleted_at IS NULL)::int AS conversations`,
      [employerId],
    );
    return row;
  }

  nameTaken(organizationId: string, name: string, city: string, exceptId: string | undefined, manager: EntityManager) {
    const qb = this.scoped(organizationId, manager).andWhere(
      'lower(e.name) = lower(:name) AND lower(e.city) = lower(:city)',
      { name, city },
    );
    if (exceptId) qb.andWhere('e.id <> :exceptId', { exceptId });
    return qb.getExists();
  }
}
