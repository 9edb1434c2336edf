import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError, notFound, problem, validationFailed } from '../common/errors/app-error.js';
import { bindParameters } from '../common/database/bind-parameters.js';
import { recordAudit, type AuditActor } from '../audit-events/record-audit.js';
import {
  PERSONAL_DATA_TABLES,
  assertRegistryCoversSchema,
  type ErasureScope,
  type ExportScope,
} from './personal-data-registry.js';
import type { ErasureReason } from './dto/person-data.dto.js';

/** The format of the access export; raised when its shape changes. */
export const PERSON_EXPORT_FORMAT = 1;

export interface RetentionDue {
  id: string;
  reference: string;
  municipality: string;
  closedOn: string;
  dueOn: string;
  members: number;
}

/**
 * A person's rights over their data: the access export (GDPR art. 15/20),
 * erasure of a person or a household (art. 17) and the retention period.
 * Both read the tables from the registry, which the schema keeps complete.
 */
@Injectable()
export class PersonDataService {
  constructor(private readonly dataSource: DataSource) {}

  /** Everything held about the person, as one JSON document; the export itself is audited. */
  async exportPerson(actor: ActingUser, personId: string): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      await assertRegistryCoversSchema(manager);
      const person = await this.findPerson(manager, actor.organizationId, personId);
      const scope: ExportScope = { personId, householdId: person.householdId };
      const document: Record<string, unknown> = { format: PERSON_EXPORT_FORMAT, exportedAt: new Date().toISOString() };
      const ids = new Set<string>([personId, person.householdId]);
      for (const entry of PERSONAL_DATA_TABLES) {
        if ('coveredBy' in entry.export) continue;
        const rows: { row: Record<string, unknown> }[] = await manager.query(
          ...bindParameters(entry.export.sql, [scope.personId, scope.householdId]),
        );
        const records = rows.map((r) => apiFields(r.row));
        for (const record of records) collectIds(record, ids);
        document[entry.export.key] = entry.export.single ? (records[0] ?? null) : records;
      }
      document.auditEvents = await this.auditEventsAbout(manager, [...ids]);
      await recordAudit(manager, auditActor(actor), {
        action: 'export',
        resource: 'persons',
        recordId: personId,
        detail: { kind: 'access_export' },
      });
      return document;
    });
  }

  async erasePerson(actor: ActingUser, personId: string, reason: ErasureReason, confirmation: string) {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.findPerson(manager, actor.organizationId, personId);
      assertConfirmed(confirmation, person.firstName);
      await this.erase(manager, auditActor(actor), reason, {
        organizationId: actor.organizationId,
        householdId: person.householdId,
        personIds: [personId],
        wholeHousehold: false,
      });
      return { id: personId, erased: true };
    });
  }

  async eraseHousehold(actor: ActingUser, householdId: string, reason: ErasureReason, confirmation: string) {
    return this.dataSource.transaction(async (manager) => {
      const household = await this.findHousehold(manager, actor.organizationId, householdId);
      assertConfirmed(confirmation, household.reference);
      await this.eraseHouseholds(manager, auditActor(actor), reason, [householdId]);
      return { id: householdId, erased: true };
    });
  }

  async retentionSettings(actor: ActingUser, manager: EntityManager = this.dataSource.manager) {
    const [row]: { retentionMonths: number }[] = await manager.query(
      `SELECT retention_months AS "retentionMonths" FROM organizations WHERE id = $1`,
      [actor.organizationId],
    );
    return { retentionMonths: row.retentionMonths };
  }

  async updateRetentionSettings(actor: ActingUser, retentionMonths: number) {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE organizations SET retention_months = $2, updated_at = now() WHERE id = $1`, [
        actor.organizationId,
        retentionMonths,
      ]);
      await recordAudit(manager, auditActor(actor), {
        action: 'update',
        resource: 'organizations',
        recordId: actor.organizationId,
        fields: ['retentionMonths'],
      });
      return { retentionMonths };
    });
  }

  /** Households closed longer ago than the organisation's retention period, and not erased yet. */
  async due(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<RetentionDue[]> {
    return manager.query(
      `SELECT h.id, h.reference, h.municipality, to_char(h.closed_on, 'YYYY-MM-DD') AS "closedOn",
              to_char(h.closed_on + make_interval(months => o.retention_months), 'YYYY-MM-DD') AS "dueOn",
              (SELECT count(*) FROM persons p WHERE p.household_id = h.id AND p.erased_at IS NULL)::int AS members
         FROM households h JOIN organizations o ON o.id = h.organization_id
        WHERE h.organization_id = $1 AND h.erased_at IS NULL AND h.status = 'closed' AND h.closed_on IS NOT NULL
          AND h.closed_on + make_interval(months => o.retention_months) <= CURRENT_DATE
        ORDER BY h.closed_on, h.id`,
      [organizationId],
    );
  }

  /**
   * Erases the households named, all of which must be due: the list a person
   * confirmed, not whatever is due by the time the request arrives.
   */
  async eraseDue(actor: ActingUser, householdIds: string[], confirmation: string) {
    return this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(householdIds)];
      assertConfirmed(confirmation, String(ids.length));
      const due = new Set((await this.due(actor.organizationId, manager)).map((h) => h.id));
      const notDue = ids.filter((id) => !due.has(id));
      if (notDue.length)
        throw fieldError('householdIds', 'not_due_for_erasure', 'some households are not due for erasure', {
          count: notDue.length,
        });
      await this.eraseHouseholds(manager, auditActor(actor), 'retention_period', ids);
      return { erased: ids.length };
    });
  }

  /** The scheduled job's path (`npm run cli -- apply-retention`): every household due, as the operator. */
  async applyRetention(manager: EntityManager, organizationId: string): Promise<number> {
    const due = await this.due(organizationId, manager);
    await this.eraseHouseholds(
      manager,
      { id: null, organizationId, requestId: undefined },
      'retention_period',
      due.map((h) => h.id),
    );
    return due.length;
  }

  private async eraseHouseholds(
    manager: EntityManager,
    actor: AuditActor,
    reason: ErasureReason,
    householdIds: string[],
  ): Promise<void> {
    for (const householdId of householdIds) {
      const members: { id: string }[] = await manager.query(
        `SELECT id FROM persons WHERE household_id = $1 AND organization_id = $2`,
        [householdId, actor.organizationId],
      );
      await this.erase(manager, actor, reason, {
        organizationId: actor.organizationId,
        householdId,
        personIds: members.map((m) => m.id),
        wholeHousehold: true,
      });
    }
  }

  /**
   * Runs every registry entry's erasure in order, then leaves in the audit
   * trail that it happened, by whom, when and why: ids and a reason code,
   * nothing of the person.
   */
  private async erase(
    manager: EntityManager,
    actor: AuditActor,
    reason: ErasureReason,
    scope: ErasureScope,
  ): Promise<void> {
    await assertRegistryCoversSchema(manager);
    const parameters = [scope.personIds, scope.householdId, scope.wholeHousehold];
    for (const entry of PERSONAL_DATA_TABLES) {
      if (typeof entry.erase === 'function') await entry.erase(manager, scope);
      else for (const sql of entry.erase) await manager.query(...bindParameters(sql, parameters));
    }
    for (const personId of scope.personIds)
      await recordAudit(manager, actor, {
        action: 'erase',
        resource: 'persons',
        recordId: personId,
        detail: { reason },
      });
    if (scope.wholeHousehold)
      await recordAudit(manager, actor, {
        action: 'erase',
        resource: 'households',
        recordId: scope.householdId,
        detail: { reason, persons: scope.personIds.length },
      });
  }

  /** Soft-deleted persons too (they are still held); an erased one is gone. */
  private async findPerson(manager: EntityManager, organizationId: string, id: string) {
    const [row]: { householdId: string; firstName: string }[] = await manager.query(
      `SELECT household_id AS "householdId", first_name AS "firstName" FROM persons
        WHERE id = $1 AND erased_at IS NULL AND organization_id = $2`,
      [id, organizationId],
    );
    if (!row) throw notFound('Person');
    return row;
  }

  private async findHousehold(manager: EntityManager, organizationId: string, id: string) {
    const [row]: { reference: string }[] = await manager.query(
      `SELECT reference FROM households
        WHERE id = $1 AND erased_at IS NULL AND organization_id = $2`,
      [id, organizationId],
    );
    if (!row) throw notFound('Household');
    return row;
  }

  /** Who read or changed any of the person's records, and when: with the colleague's name. */
  private async auditEventsAbout(manager: EntityManager, ids: string[]) {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT a.at, a.action, a.resource, a.record_id AS "recordId", a.fields, a.user_id AS "userId",
              u.full_name AS "userName"
         FROM audit_events a LEFT JOIN users u ON u.id = a.user_id
        WHERE a.record_id = ANY($1::uuid[]) ORDER BY a.at, a.id`,
      [ids],
    );
    return rows.map((r) => ({ ...r, at: (r.at as Date).toISOString() }));
  }
}

function auditActor(actor: ActingUser): AuditActor {
  return { id: actor.id, organizationId: actor.organizationId, requestId: actor.requestId };
}

/** The typed confirmation: the person's name, the household's reference, or the number of households. */
function assertConfirmed(confirmation: string, expected: string): void {
  if (confirmation.trim().normalize('NFC') !== expected.trim().normalize('NFC'))
    throw validationFailed({
      confirmation: problem('confirmation_mismatch', 'the confirmation does not match'),
    });
}

/** Column names as the API spells them: snake_case → camelCase, top level and in the nested lists. */
export function apiFields(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'municipality_key') continue;
    const name = key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    out[name] =
      Array.isArray(value) && value.length && typeof value[0] === 'object' && value[0] !== null
        ? value.map((v) => apiFields(v as Record<string, unknown>))
        : value;
  }
  return out;
}

function collectIds(record: Record<string, unknown>, ids: Set<string>): void {
  if (typeof record.id === 'string') ids.add(record.id);
}
