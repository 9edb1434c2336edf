import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { PartnerOrganizationsRepository } from '../partner-organizations/partner-organizations.repository.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { assertUsableLabels } from '../labels/label-assignment.js';
import { applyBulkLabels, type BulkLabelsDto } from '../labels/bulk-labels.js';
import { Activity } from './activity.entity.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto.js';

@Injectable()
export class ActivitiesService extends CaseRecordService<Activity, CreateActivityDto, UpdateActivityDto> {
  constructor(
    dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    private readonly persons: PersonsRepository,
    private readonly partners: PartnerOrganizationsRepository,
    private readonly labels: LabelsRepository,
  ) {
    super(dataSource, activities, 'Activity');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateActivityDto>,
    existing: Activity | undefined,
    manager: EntityManager,
  ) {
    const { labelIds: _l, personIds: _p, ...rest } = input;
    const fields = { ...rest } as Partial<Activity>;
    if (typeof input.municipality === 'string') fields.municipality = input.municipality.trim() || null;
    if (typeof input.organiser === 'string') fields.organiser = input.organiser.trim() || null;
    if (input.languages) fields.languages = [...new Set(input.languages.map((l) => l.trim()).filter(Boolean))];
    if (input.partnerOrganizationIds) {
      fields.partnerOrganizationIds = [...new Set(input.partnerOrganizationIds)];
      await assertReferencesInOrg(
        this.partners,
        actor.organizationId,
        fields.partnerOrganizationIds,
        'partnerOrganizationIds',
        manager,
      );
    }
    const online = input.online ?? existing?.online ?? false;
    const municipality = fields.municipality !== undefined ? fields.municipality : existing?.municipality;
    if (!online && !municipality)
      throw fieldError('municipality', 'municipality_required', 'an activity on site names its municipality');
    if (input.personIds)
      await assertReferencesInOrg(this.persons, actor.organizationId, input.personIds, 'personIds', manager);
    return fields;
  }

  protected async afterSave(
    actor: ActingUser,
    activity: Activity,
    input: Partial<CreateActivityDto>,
    manager: EntityManager,
  ) {
    if (input.personIds !== undefined)
      await this.activities.replacePersons(manager, actor.organizationId, activity.id, [...new Set(input.personIds)]);
    if (input.labelIds !== undefined) {
      const stored = await this.activities.storedLabelIds(activity.id, manager);
      const labelIds = [...new Set(input.labelIds)];
      await assertUsableLabels(this.labels, actor, labelIds, manager, { already: stored });
      await this.activities.replaceLabels(manager, actor.organizationId, activity.id, labelIds);
    }
  }

  /** Bulk labelling on a selection of activities (a focus group's notes), the same rules as for contact logs. */
  bulkLabels(actor: ActingUser, input: BulkLabelsDto) {
    return applyBulkLabels(this.dataSource, this.labels, actor, input, {
      resource: 'activities',
      current: async (ids, manager) => {
        const found = await this.activities.findManyInOrg(actor.organizationId, ids, manager);
        return found.map((a) => ({ id: a.id, labelIds: a.labelIds ?? [] }));
      },
      write: (record, labelIds, manager) =>
        this.activities.replaceLabels(manager, actor.organizationId, record.id, labelIds),
    });
  }
}
