import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { IntegrationRoute } from './integration-route.entity.js';
import { INTEGRATION_PARTS, INTEGRATION_ROUTE_KINDS, unfinishedPartsSql } from './integration-route.enums.js';

/** A running placement that counts towards the week: started (or extended) and not ended on the day. */
export interface WorkingPlacement {
  placementId: string;
  hoursPerWeek: number;
}

@Injectable()
export class IntegrationRoutesRepository extends OrgScopedRepository<IntegrationRoute> {
  constructor(dataSource: DataSource) {
    super(dataSource, IntegrationRoute, 'ir', {
      resource: 'integration-routes',
      sortable: {
        deadline: 'ir.deadline',
        startDate: 'ir.startDate',
        route: 'ir.route',
        createdAt: 'ir.createdAt',
      },
      filters: {
        personId: { column: 'ir.personId', type: 'uuid' },
        route: { column: 'ir.route', type: 'enum', values: INTEGRATION_ROUTE_KINDS },
        deadline: { column: 'ir.deadline', type: 'date', range: true },
        // Routes that still have this part (or, with a list, any of these parts) to finish.
        unfinishedPart: {
          column: unfinishedPartsSql('ir'),
          type: 'enum',
          values: INTEGRATION_PARTS,
          match: 'contains',
        },
      },
      search: ['(SELECT p.first_name FROM persons p WHERE p.id = ir.person_id)'],
      defaultSort: ['deadline', 'ASC'],
    });
  }

  /** Whether the person has a route already (one per person). */
  personHasRoute(organizationId: string, personId: string, manager: EntityManager): Promise<boolean> {
    return this.scoped(organizationId, manager).andWhere('ir.personId = :personId', { personId }).getExists();
  }

  /**
   * The person's placements that are running on `date` with their hours a
   * week: started or extended, begun by then and not ended before it. A
   * proposal is not work yet; one without hours adds nothing.
   */
  async workingPlacements(
    organizationId: string,
    personId: string,
    date: string,
    manager: EntityManager,
  ): Promise<WorkingPlacement[]> {
    const rows = await manager.query<{ placementId: string; hoursPerWeek: string }[]>(
      `SELECT pl.id AS "placementId", pl.hours_per_week AS "hoursPerWeek"
         FROM placements pl
        WHERE pl.organization_id = $1 AND pl.person_id = $2 AND pl.deleted_at IS NULL
          AND pl.status IN ('started', 'extended') AND pl.hours_per_week IS NOT NULL
          AND (pl.start_date IS NULL OR pl.start_date <= $3::date)
          AND (pl.end_date IS NULL OR pl.end_date >= $3::date)
        ORDER BY pl.start_date, pl.id`,
      [organizationId, personId, date],
    );
    return rows.map((row) => ({ placementId: row.placementId, hoursPerWeek: Number(row.hoursPerWeek) }));
  }
}
