import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { ACTIVITY_TYPES, Activity } from './activity.entity.js';

@Injectable()
export class ActivitiesRepository extends OrgScopedRepository<Activity> {
  constructor(dataSource: DataSource) {
    super(dataSource, Activity, 'a', {
      resource: 'activities',
      sortable: {
        date: 'a.date',
        title: 'a.title',
        type: 'a.type',
        durationMinutes: 'a.durationMinutes',
        anonymousCount: 'a.anonymousCount',
        createdAt: 'a.createdAt',
      },
      filters: {
        type: { column: 'a.type', type: 'enum', values: ACTIVITY_TYPES },
        online: { column: 'a.online', type: 'boolean' },
        municipality: { column: 'a.municipality', type: 'text' },
        date: { column: 'a.date', type: 'date', range: true },
        personIds: {
          column: 'x.person_id',
          type: 'uuid',
          exists: 'activity_persons x WHERE x.activity_id = a.id',
        },
        labelIds: { column: 'x.label_id', type: 'uuid', exists: 'activity_labels x WHERE x.activity_id = a.id' },
        unlabelled: {
          column: 'NOT EXISTS (SELECT 1 FROM activity_labels x WHERE x.activity_id = a.id)',
          type: 'boolean',
        },
      },
      search: ['a.title', 'a.notes', 'a.organiser'],
      defaultSort: ['date', 'DESC'],
    });
  }

  findManyInOrg(organizationId: string, ids: string[], manager: EntityManager): Promise<Activity[]> {
    if (ids.length === 0 || !ids.every(isUuid)) return Promise.resolve([]);
    return this.scoped(organizationId, manager).andWhere('a.id IN (:...ids)', { ids }).getMany();
  }

  /** The attendees and labels as stored (one table each): written as the whole set. */
  async replacePersons(manager: EntityManager, organizationId: string, activityId: string, personIds: string[]) {
    await manager.query('DELETE FROM activity_persons WHERE activity_id = $1', [activityId]);
    if (personIds.length === 0) return;
    await manager.query(
      `INSERT INTO activity_persons (activity_id, person_id, organization_id)
       SELECT $1, p, $3 FROM unnest($2::uuid[]) AS p`,
      [activityId, personIds, organizationId],
    );
  }

  async replaceLabels(manager: EntityManager, organizationId: string, activityId: string, labelIds: string[]) {
    await manager.query('DELETE FROM activity_labels WHERE activity_id = $1', [activityId]);
    if (labelIds.length === 0) return;
    await manager.query(
      `INSERT INTO activity_labels (activity_id, label_id, organization_id)
       SELECT $1, l, $3 FROM unnest($2::uuid[]) AS l`,
      [activityId, labelIds, organizationId],
    );
  }

  async storedLabelIds(activityId: string, manager: EntityManager): Promise<string[]> {
    const rows: { label_id: string }[] = await manager.query(
      'SELECT label_id FROM activity_labels WHERE activity_id = $1',
      [activityId],
    );
    return rows.map((r) => r.label_id);
  }
}
