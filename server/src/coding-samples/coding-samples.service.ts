import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { ROLES } from '../auth/roles.js';
import { fieldError, forbidden, notFound } from '../common/errors/app-error.js';
import { isUuid } from '../common/database/org-scoped.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { assertUsableLabels } from '../labels/label-assignment.js';
import { Coding, CodingSample } from './coding-sample.entity.js';
import type { CodingDto, CreateCodingSampleDto } from './dto/coding-sample.dto.js';
import { cohensKappa, pooledKappa } from './kappa.js';
import { openSampleCondition } from './open-sample.js';
import { logHasResearchConsent, researcherMayReadLog } from '../consents/research-consent.js';
import { can } from '../common/auth/permissions.js';
import type { Role } from '../auth/roles.js';
import { recordAudit } from '../audit-events/record-audit.js';

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
  ) {}

  list(actor: ActingUser) {
    return this.dataSource.manager.find(CodingSample, { where: { organizationId: actor.organizationId }, order: { createdAt: 'DESC' } });
  }

  async get(actor: ActingUser, id: string): Promise<CodingSample> {
    const sample = isUuid(id) ? await this.dataSource.manager.findOneBy(CodingSample, { id, organizationId: actor.organizationId }) : null;
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
      if (input.firstCoderId === input.secondCoderId) throw fieldError('secondCoderId', 'same_coder', 'must be another person than the first coder');
      if ((await this.users.countActiveInOrg(actor.organizationId, [input.firstCoderId, input.secondCoderId], manager)) !== 2) {
        throw fieldError('firstCoderId', 'inactive_user', 'both coders must be active users of your organisation');
      }
      const coders: { id: string; role: Role }[] = await manager.query('SELECT id, role FROM users WHERE id = ANY($1::uuid[])', [[input.firstCoderId, input.secondCoderId]]);
      for (const field of ['firstCoderId', 'secondCoderId'] as const) {
        const coder = coders.find((c) => c.id === input[field].toLowerCase());
        if (!coder || !can(coder.role, 'coding-samples', 'code')) throw fieldError(field, 'not_a_coder_role', 'must be a user whose role may code (see the permission table)');
      }
      const rows: { id: string }[] = await manager.query(
        `SELECT cl.id FROM contact_logs cl
          WHERE cl.organization_id = $1 AND cl.deleted_at IS NULL AND NOT cl.labelled
            AND ($2::timestamptz IS NULL OR cl.occurred_at >= $2) AND ($3::timestamptz IS NULL OR cl.occurred_at <= $3)
            AND NOT ${openSampleCondition('cl.id')}
            AND ${logHasResearchConsent('cl')}
          ORDER BY random() LIMIT $4`,
        [actor.organizationId, input.from ?? null, input.to ?? null, input.size],
      );
      if (rows.length === 0) {
        throw fieldError('size', 'nothing_to_sample', 'there are no unlabelled contact logs with research consent of everyone present to sample in this period');
      }
      const sample = await manager.save(
        manager.create(CodingSample, {
          organizationId: actor.organizationId,
          name: input.name.trim(),
          firstCoderId: input.firstCoderId,
          secondCoderId: input.secondCoderId,
          createdById: actor.id,
          contactLogIds: rows.map((r) => r.id),
        }),
      );
      await recordAudit(manager, actor, { action: 'create', resource: 'coding-samples', recordId: sample.id, fields: ['name', 'firstCoderId', 'secondCoderId', 'contactLogIds'] });
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
    const readable = `($4::boolean OR ${researcherMayReadLog('cl', '$3::uuid')})`;
    return this.dataSource.query(
      `SELECT cl.id AS "contactLogId", cl.occurred_at AS "occurredAt", cl.minutes,
              CASE WHEN ${readable} THEN cl.note END AS note, NOT ${readable} AS "noteWithheld",
              COALESCE(c.label_ids, '{}') AS "labelIds", c.coded_at IS NOT NULL AS coded
         FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)
         JOIN contact_logs cl ON cl.id = s.id AND cl.deleted_at IS NULL
         LEFT JOIN codings c ON c.sample_id = $2 AND c.contact_log_id = cl.id AND c.coder_id = $3
        ORDER BY s.n`,
      [sample.contactLogIds, sample.id, actor.id, actor.role !== 'researcher'],
    );
  }

  async code(actor: ActingUser, id: string, contactLogId: string, input: CodingDto) {
    const sample = await this.coderSample(actor, id);
    if (!sample.contactLogIds.includes(contactLogId)) throw notFound('Contact log in this sample');
    return this.dataSource.transaction(async (manager) => {
      const [log] = await manager.query('SELECT 1 FROM contact_logs WHERE id = $1 AND deleted_at IS NULL', [contactLogId]);
      if (!log) throw notFound('Contact log in this sample');
      const previous = await manager.findOneBy(Coding, { sampleId: sample.id, contactLogId, coderId: actor.id });
      await assertUsableLabels(this.labels, actor, input.labelIds, manager, { already: previous?.labelIds ?? [] });
      const labelIds = [...new Set(input.labelIds.map((labelId) => labelId.toLowerCase()))];
      await manager.upsert(Coding, { sampleId: sample.id, contactLogId, coderId: actor.id, labelIds }, ['sampleId', 'contactLogId', 'coderId']);
      // Field names only: which log this coder coded, never the labels (the trail is readable by admins who may code).
      await recordAudit(manager, actor, { action: 'update', resource: 'coding-samples', recordId: sample.id, fields: ['codings'] });
      return { contactLogId, labelIds };
    });
  }

  /** Per label: agreement and kappa over the logs both coders coded; and the logs they disagree on. */
  async agreement(actor: ActingUser, id: string) {
    const sample = await this.get(actor, id);
    // The report shows both coders' labels: a coder sees it only as admin or coordinator.
    const coder = actor.id === sample.firstCoderId || actor.id === sample.secondCoderId;
    if (coder && !can(actor.role, 'coding-samples', 'draw-sample')) throw forbidden('Coders see the agreement once a coordinator shares it', 'agreement_not_shared');
    const codings = await this.dataSource.manager.find(Coding, { where: { sampleId: sample.id } });
    const first = new Map(codings.filter((c) => c.coderId === sample.firstCoderId).map((c) => [c.contactLogId, new Set(c.labelIds)]));
    const second = new Map(codings.filter((c) => c.coderId === sample.secondCoderId).map((c) => [c.contactLogId, new Set(c.labelIds)]));
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
    const differing = items.filter((logId) => [...first.get(logId)!].sort().join() !== [...second.get(logId)!].sort().join());
    // Named by the log's date and household reference (pseudonymous), so the coders can open it and talk it over.
    const logs: { id: string; occurredAt: Date; householdId: string; householdReference: string | null }[] = differing.length
      ? await this.dataSource.query(
          `SELECT cl.id, cl.occurred_at AS "occurredAt", cl.household_id AS "householdId", h.reference AS "householdReference"
             FROM contact_logs cl LEFT JOIN households h ON h.id = cl.household_id AND h.organization_id = cl.organization_id AND h.deleted_at IS NULL
            WHERE cl.organization_id = $1 AND cl.id = ANY($2::uuid[]) AND cl.deleted_at IS NULL`,
          [actor.organizationId, differing],
        )
      : [];
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
    return { sampleId: sample.id, size: sample.contactLogIds.length, codedByBoth: items.length, overall, labels, disagreements };
  }

  /** Who may draw a sample (the roles of `POST /coding-samples`), and the active colleagues who hold them. */
  async drawers(actor: ActingUser) {
    const users: { id: string; fullName: string; role: string }[] = await this.dataSource.query(
      `SELECT id, full_name AS "fullName", role FROM users
        WHERE organization_id = $1 AND active AND role = ANY($2::text[])
        ORDER BY array_position($2::text[], role), full_name`,
      [actor.organizationId, SAMPLE_DRAWERS],
    );
    return { roles: SAMPLE_DRAWERS, users };
  }

  private async coderSample(actor: ActingUser, id: string): Promise<CodingSample> {
    const sample = await this.get(actor, id);
    if (actor.id !== sample.firstCoderId && actor.id !== sample.secondCoderId) throw forbidden('Only the two coders of this sample code it', 'not_a_coder');
    return sample;
  }
}
