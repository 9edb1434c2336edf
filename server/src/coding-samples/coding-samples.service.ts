import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { ROLES } from '../auth/roles.js';
import { fieldError, forbidden, notFound } from '../common/errors/app-error.js';
import { UsersRepository } from '../users/users.repository.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { assertUsableLabels } from '../labels/label-assignment.js';
import type { CodingSample } from './coding-sample.entity.js';
import { CodingSamplesRepository } from './coding-samples.repository.js';
import type { CodingDto, CreateCodingSampleDto } from './dto/coding-sample.dto.js';
import { cohensKappa, pooledKappa } from './kappa.js';
import { can } from '../common/auth/permissions.js';
import type { Role } from '../auth/roles.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { assertActiveUsersInOrg } from '../common/database/references.js';

/** The roles that may draw a sample; the controller's guard and the "who can draw" answer read the same list. */
/** The roles the permission table lets draw a sample, named to a researcher who has none. */
export const SAMPLE_DRAWERS: Role[] = ROLES.filter((role) => can(role, 'coding-samples', 'draw-sample'));

/** Double coding: a random sample, two coders who cannot see each other's labels, and their agreement. */
@Injectable()
export class CodingSamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly labels: LabelsRepository,
    private readonly samples: CodingSamplesRepository,
  ) {}

  list(actor: ActingUser) {
    return this.samples.list(actor.organizationId);
  }

  async get(actor: ActingUser, id: string): Promise<CodingSample> {
    const sample = await this.samples.findOneInOrg(actor.organizationId, id);
    if (!sample) throw notFound('Coding sample');
    return sample;
  }

  /**
   * Draws the sample at random from logs that (1) nobody has labelled yet,
   * so neither coder sees anyone's labels on them (and the labelling queue
   * leaves them out until both coded them), and (2) are research use every
   * member present consented to.
   */
  create(actor: ActingUser, input: CreateCodingSampleDto): Promise<CodingSample> {
    return this.dataSource.transaction(async (manager) => {
      if (input.firstCoderId === input.secondCoderId)
        throw fieldError('secondCoderId', 'same_coder', 'must be another person than the first coder');
      const coderIds = [input.firstCoderId, input.secondCoderId];
      await assertActiveUsersInOrg(
        this.users,
        actor.organizationId,
        coderIds,
        'firstCoderId',
        manager,
        'both coders must be active users of your organisation',
      );
      const coders = await this.users.rolesOf(coderIds, manager);
      for (const field of ['firstCoderId', 'secondCoderId'] as const) {
        const coder = coders.find((c) => c.id === input[field].toLowerCase());
        if (!coder || !can(coder.role, 'coding-samples', 'code'))
          throw fieldError(field, 'not_a_coder_role', 'must be a user whose role may code (see the permission table)');
      }
      const contactLogIds = await this.samples.drawLogIds(actor.organizationId, input, input.size, manager);
      if (contactLogIds.length === 0) {
        throw fieldError(
          'size',
          'nothing_to_sample',
          'there are no unlabelled contact logs with research consent of everyone present to sample in this period',
        );
      }
      const sample = await this.samples.create(manager, {
        organizationId: actor.organizationId,
        name: input.name.trim(),
        firstCoderId: input.firstCoderId,
        secondCoderId: input.secondCoderId,
        createdById: actor.id,
        contactLogIds,
      });
      await recordAudit(manager, actor, {
        action: 'create',
        resource: 'coding-samples',
        recordId: sample.id,
        fields: ['name', 'firstCoderId', 'secondCoderId', 'contactLogIds'],
      });
      return sample;
    });
  }

  /**
   * A coder's items: the notes and only their own labels (a log deleted since
   * is left out). A researcher's note is withheld (null, `noteWithheld`) where
   * they may no longer read it, e.g. a consent withdrawn after the draw.
   */
  async items(actor: ActingUser, id: string) {
    const sample = await this.coderSample(actor, id);
    return this.samples.items(sample, actor.id, actor.role !== 'researcher');
  }

  async code(actor: ActingUser, id: string, contactLogId: string, input: CodingDto) {
    const sample = await this.coderSample(actor, id);
    if (!sample.contactLogIds.includes(contactLogId)) throw notFound('Contact log in this sample');
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.samples.logExists(contactLogId, manager))) throw notFound('Contact log in this sample');
      const previous = await this.samples.findCoding(manager, { sampleId: sample.id, contactLogId, coderId: actor.id });
      await assertUsableLabels(this.labels, actor, input.labelIds, manager, { already: previous?.labelIds ?? [] });
      const labelIds = [...new Set(input.labelIds.map((labelId) => labelId.toLowerCase()))];
      await this.samples.saveCoding(manager, { sampleId: sample.id, contactLogId, coderId: actor.id, labelIds });
      // Field names only: which log this coder coded, never the labels (the trail is readable by admins who may code).
      await recordAudit(manager, actor, {
        action: 'update',
        resource: 'coding-samples',
        recordId: sample.id,
        fields: ['codings'],
      });
      return { contactLogId, labelIds };
    });
  }

  /** Per label: agreement and kappa over the logs both coders coded; and the logs they disagree on. */
  async agreement(actor: ActingUser, id: string) {
    const sample = await this.get(actor, id);
    // The report shows both coders' labels: a coder sees it only as admin or coordinator.
    const coder = actor.id === sample.firstCoderId || actor.id === sample.secondCoderId;
    if (coder && !can(actor.role, 'coding-samples', 'draw-sample'))
      throw forbidden('Coders see the agreement once a coordinator shares it', 'agreement_not_shared');
    const codings = await this.samples.codings(sample.id);
    const first = new Map(
      codings.filter((c) => c.coderId === sample.firstCoderId).map((c) => [c.contactLogId, new Set(c.labelIds)]),
    );
    const second = new Map(
      codings.filter((c) => c.coderId === sample.secondCoderId).map((c) => [c.contactLogId, new Set(c.labelIds)]),
    );
    const items = sample.contactLogIds.filter((logId) => first.has(logId) && second.has(logId));
    const labelIds = [...new Set(items.flatMap((logId) => [...first.get(logId)!, ...second.get(logId)!]))];
    const names = await this.labels.findManyInOrg(actor.organizationId, labelIds, this.dataSource.manager);
    const labels = labelIds.map((labelId) => {
      const counts = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
      for (const logId of items) {
        const a = first.get(logId)!.has(labelId);
        const b = second.get(logId)!.has(labelId);
        if (a && b) counts.both++;
        else if (a) counts.firstOnly++;
        else if (b) counts.secondOnly++;
        else counts.neither++;
      }
      return { labelId, name: names.find((l) => l.id === labelId)?.name ?? {}, ...counts, ...cohensKappa(counts) };
    });
    const differing = items.filter(
      (logId) => [...first.get(logId)!].sort().join() !== [...second.get(logId)!].sort().join(),
    );
    // Named by the log's date and household reference (pseudonymous), so the coders can open it and talk it over.
    const logs = await this.samples.disagreementLogs(actor.organizationId, differing);
    const disagreements = differing.map((logId) => {
      const log = logs.find((l) => l.id === logId);
      return {
        contactLogId: logId,
        occurredAt: log?.occurredAt ?? null,
        householdId: log?.householdId ?? null,
        householdReference: log?.householdReference ?? null,
        firstLabelIds: [...first.get(logId)!],
        secondLabelIds: [...second.get(logId)!],
      };
    });
    const overall = { labels: labels.length, ...pooledKappa(labels) };
    return {
      sampleId: sample.id,
      size: sample.contactLogIds.length,
      codedByBoth: items.length,
      overall,
      labels,
      disagreements,
    };
  }

  /** Who may draw a sample (the roles of `POST /coding-samples`), and the active colleagues who hold them. */
  async drawers(actor: ActingUser) {
    const users = await this.users.activeWithRoles(actor.organizationId, SAMPLE_DRAWERS);
    return { roles: SAMPLE_DRAWERS, users };
  }

  private async coderSample(actor: ActingUser, id: string): Promise<CodingSample> {
    const sample = await this.get(actor, id);
    if (actor.id !== sample.firstCoderId && actor.id !== sample.secondCoderId)
      throw forbidden('Only the two coders of this sample code it', 'not_a_coder');
    return sample;
  }
}
