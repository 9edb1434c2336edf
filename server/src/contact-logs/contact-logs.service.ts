import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { BreakthroughsRepository } from '../breakthroughs/breakthroughs.repository.js';
import { splitMinutes } from '../labels/label-split.js';
import {
  assertUsableLabels,
  isStoredSplit,
  replaceContactLogLabels,
  sameLabelSet,
  storedContactLogShares,
} from '../labels/label-assignment.js';
import { applyBulkLabels } from '../labels/bulk-labels.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { researcherMayReadLog } from '../consents/research-consent.js';
import { actorIdSql } from '../common/auth/row-scope.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import type { ListResult } from '../common/list/list-spec.js';
import { ContactLog } from './contact-log.entity.js';
import { ContactLogsRepository, type NewLogRow } from './contact-logs.repository.js';
import { recordAudits } from '../audit-events/record-audit.js';
import type { BulkLabelsDto, CreateContactLogDto, UpdateContactLogDto } from './dto/contact-log.dto.js';

@Injectable()
export class ContactLogsService extends CaseRecordService<ContactLog, CreateContactLogDto, UpdateContactLogDto> {
  constructor(
    dataSource: DataSource,
    private readonly logs: ContactLogsRepository,
    private readonly labels: LabelsRepository,
    private readonly breakthroughs: BreakthroughsRepository,
  ) {
    super(dataSource, logs, 'Contact log');
  }

  /**
   * Many new logs at once, for an import: the rules of `create` (no date
   * ahead, the household's members, usable labels, minutes split over the
   * labels, an audit row each) in a few statements for all of them. Only
   * plain logs: no obstacles, breakthroughs or explicit split. Throws when
   * any log breaks a rule, and writes nothing then: the caller falls back to
   * `create` per log to learn which.
   */
  async createMany(actor: ActingUser, inputs: CreateContactLogDto[]): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const labelIds = [...new Set(inputs.flatMap((input) => input.labelIds ?? []))];
      await assertUsableLabels(this.labels, actor, labelIds, manager);
      const rows: NewLogRow[] = [];
      const shares: { logId: string; labelId: string; minutes: number; explicit: boolean }[] = [];
      for (const input of inputs) {
        if (input.obstacleIds?.length || input.breakthroughIds?.length || input.labelMinutes)
          throw new Error('createMany takes plain logs only');
        refuseFuture({ occurredAt: input.occurredAt });
        const id = randomUUID();
        const labels = [...new Set(input.labelIds ?? [])];
        for (const share of splitMinutes(input.minutes, labels, null)) shares.push({ logId: id, ...share });
        rows.push({
          id,
          household_id: input.householdId,
          person_ids: [...new Set(input.personIds)],
          occurred_at: new Date(input.occurredAt).toISOString(),
          minutes: input.minutes,
          channel: input.channel,
          language: input.language ?? null,
          author_id: input.authorId ?? actor.id,
          note: input.note ?? '',
          labelled: labels.length > 0,
        });
      }
      const written = await this.logs.insertMany(manager, actor.organizationId, rows, shares);
      if (written !== rows.length) throw new Error('a log names a household or person that is not there');
      await recordAudits(
        manager,
        actor,
        rows.map((row, i) => ({
          action: 'create',
          resource: 'contact-logs',
          recordId: row.id,
          fields: Object.keys(inputs[i]),
        })),
      );
      return rows.map((row) => row.id);
    });
  }

  /**
   * A researcher's search and labelling queue look only at logs whose note
   * they may read: a match on a withheld note would tell what it says, and
   * nobody labels a note they cannot read. Other lists show every log, the
   * notes withheld where the researcher may not read them.
   */
  override async list(actor: ActingUser, params: RawListParams): Promise<ListResult<ContactLogView>> {
    const query = parseListQuery(params, this.logs.spec);
    const narrowed = actor.role === 'researcher' && (query.filter.q !== undefined || query.filter.unlabelled === true);
    const result = await this.logs.findForList(
      actor.organizationId,
      query,
      narrowed ? researcherMayReadLog('cl', actorIdSql(actor)) : undefined,
    );
    return { ...result, rows: await this.withholdNotes(actor, result.rows) };
  }

  override async get(actor: ActingUser, id: string): Promise<ContactLogView> {
    return (await this.withholdNotes(actor, [await super.get(actor, id)]))[0];
  }

  override async create(actor: ActingUser, input: CreateContactLogDto): Promise<ContactLogView> {
    return (await this.withholdNotes(actor, [await super.create(actor, input)]))[0];
  }

  override async update(actor: ActingUser, id: string, input: UpdateContactLogDto): Promise<ContactLogView> {
    return (await this.withholdNotes(actor, [await super.update(actor, id, input)]))[0];
  }

  override async remove(actor: ActingUser, id: string): Promise<ContactLogView> {
    return (await this.withholdNotes(actor, [await super.remove(actor, id)]))[0];
  }

  /**
   * Every log in an answer carries `noteWithheld`; where it is true the note
   * is null: a researcher may not read it (consents/research-consent.ts).
   */
  private async withholdNotes(
    actor: ActingUser,
    logs: ContactLog[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContactLogView[]> {
    const withheld = await this.withheldIds(
      actor,
      logs.map((log) => log.id),
      manager,
    );
    return logs.map((log) =>
      Object.assign(log, withheld.has(log.id) ? { note: null, noteWithheld: true } : { noteWithheld: false }),
    );
  }

  private async withheldIds(actor: ActingUser, ids: string[], manager: EntityManager): Promise<Set<string>> {
    if (actor.role !== 'researcher' || ids.length === 0) return new Set();
    return this.logs.notesWithheldFrom(actor.id, ids, manager);
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateContactLogDto>,
    existing: ContactLog | undefined,
    manager: EntityManager,
  ) {
    // labelled is derived from the label rows; labelIds and labelMinutes are written in afterSave; noteWithheld is the answer's.
    const {
      labelIds: _l,
      labelMinutes: _m,
      labelled: _d,
      noteWithheld: _w,
      ...rest
    } = input as Partial<CreateContactLogDto> & { labelled?: unknown; noteWithheld?: unknown };
    const fields = { ...rest } as Partial<ContactLog> & Record<string, unknown>;
    // A log records a contact that happened; one dated ahead would show as the household's last contact.
    refuseFuture({ occurredAt: input.occurredAt });
    // A form sends back the note it was shown: null where it was withheld. That is no instruction to erase it.
    if (existing && 'note' in fields && (await this.withheldIds(actor, [existing.id], manager)).has(existing.id))
      delete fields.note;
    // The research mark vouches for the text it was set on: a changed note must be cleared again.
    if (
      existing &&
      typeof fields.note === 'string' &&
      fields.note !== existing.note &&
      input.clearedForResearch === undefined
    )
      fields.clearedForResearch = false;
    if (input.occurredAt !== undefined) fields.occurredAt = new Date(input.occurredAt);
    if (!existing && input.authorId === undefined) fields.authorId = actor.id;
    const householdId = input.householdId ?? existing?.householdId;
    const personIds = input.personIds ?? existing?.personIds ?? [];
    const obstacleIds = input.obstacleIds ?? existing?.obstacleIds ?? [];
    const breakthroughIds = [...new Set(input.breakthroughIds ?? existing?.breakthroughIds ?? [])];
    const refs = {
      authorId: input.authorId ?? undefined,
      householdId: input.householdId,
      ofHousehold: householdId,
      personIds: [...new Set(personIds)],
      obstacleIds: [...new Set(obstacleIds)],
      breakthroughIds,
    };
    if (
      refs.authorId ||
      refs.householdId !== undefined ||
      personIds.length ||
      obstacleIds.length ||
      breakthroughIds.length
    ) {
      // Every reference in one statement; the first problem in this order is the answer.
      const found = await this.logs.references(manager, actor.organizationId, refs);
      if (!found.authorActive)
        throw fieldError('authorId', 'inactive_user', 'must be an active user of your organisation');
      if (!found.householdExists)
        throw fieldError('householdId', 'record_missing', 'refers to a record that does not exist');
      if (personIds.length && found.members !== refs.personIds.length)
        throw fieldError('personIds', 'not_in_household', 'must be members of the household', { kind: 'member' });
      if (obstacleIds.length && found.obstacles !== refs.obstacleIds.length)
        throw fieldError('obstacleIds', 'not_in_household', 'must be obstacles of the household', { kind: 'obstacle' });
      if (breakthroughIds.length && found.breakthroughs !== breakthroughIds.length) {
        throw fieldError('breakthroughIds', 'not_in_household', 'must be breakthroughs of the household', {
          kind: 'breakthrough',
        });
      }
    }
    if (personIds.length) fields.personIds = refs.personIds;
    if (obstacleIds.length) fields.obstacleIds = refs.obstacleIds;
    if (breakthroughIds.length) fields.breakthroughIds = breakthroughIds;
    return fields;
  }

  /**
   * Label rows with their minutes. What counts is what changed, not what was
   * sent: an edit form sends the whole record back, its labelMinutes the
   * stored split. A split equal to the stored one is no instruction; a new
   * label set or duration without a new split re-splits equally; `null` or
   * `{}` drops an explicit split.
   */
  protected async afterSave(
    actor: ActingUser,
    log: ContactLog,
    input: Partial<CreateContactLogDto>,
    manager: EntityManager,
    created: boolean,
  ) {
    // A log just created has no label rows, and no sample has drawn it yet.
    const stored = created ? [] : await storedContactLogShares(manager, log.id);
    const storedIds = stored.map((s) => s.labelId);
    const nextIds = input.labelIds ? [...new Set(input.labelIds)] : storedIds;
    const labelsChanged = !sameLabelSet(nextIds, storedIds);
    const storedMinutes = stored.reduce((sum, s) => sum + Math.round(s.minutes * 100), 0);
    const minutesChanged = stored.length > 0 && storedMinutes !== Math.round(log.minutes * 100);
    const sentSplit = input.labelMinutes;
    const newSplit =
      sentSplit && Object.keys(sentSplit).length > 0 && !isStoredSplit(sentSplit, stored) ? sentSplit : null;
    const dropSplit =
      (sentSplit === null || (sentSplit && Object.keys(sentSplit).length === 0)) && stored.some((s) => s.explicit);
    if (!labelsChanged && !minutesChanged && !newSplit && !dropSplit) {
      if (input.occurredAt !== undefined || input.householdId !== undefined || input.authorId !== undefined) {
        await this.logs.copyToLabelRows(log, manager);
      }
      return;
    }
    await assertUsableLabels(this.labels, actor, nextIds, manager, { already: storedIds });
    if (labelsChanged && !created) await this.assertNotInOpenSample(log.id, manager);
    await replaceContactLogLabels(manager, actor.organizationId, log, splitMinutes(log.minutes, nextIds, newSplit), {
      fresh: created,
    });
  }

  /**
   * Double coding draws logs without labels, and nobody labels them until
   * both coders coded them: otherwise one coder would see labels (perhaps
   * the other coder's) on the log before coding it.
   */
  private async assertNotInOpenSample(contactLogId: string, manager: EntityManager, field = 'labelIds') {
    if (await this.logs.inOpenSample(contactLogId, manager))
      throw fieldError(
        field,
        'label_in_coding',
        'this log is in a double-coding sample; label it once both coders have coded it',
      );
  }

  /** A deleted log leaves the theme figures: its label rows go, the log itself is kept (soft delete). */
  protected async beforeRemove(_actor: ActingUser, log: ContactLog, manager: EntityManager) {
    await this.logs.removeLabelRows(log.id, manager);
  }

  /**
   * Adds and removes labels on many logs at once. A log whose label set does
   * not change keeps its rows, an explicit split included; one whose set
   * changes is re-split equally (the author's split was for other labels).
   */
  bulkLabels(actor: ActingUser, input: BulkLabelsDto) {
    return applyBulkLabels(this.dataSource, this.labels, actor, input, {
      resource: 'contact-logs',
      current: async (ids, manager) => {
        const found = await this.logs.findManyInOrg(actor.organizationId, ids, manager);
        return found.map((log) => ({ id: log.id, labelIds: log.labelIds ?? [], log }));
      },
      write: async (record, labelIds, manager) => {
        await this.assertNotInOpenSample(record.id, manager, 'ids');
        await replaceContactLogLabels(
          manager,
          actor.organizationId,
          record.log,
          splitMinutes(record.log.minutes, labelIds),
        );
      },
    });
  }
}

/** A contact log as the API answers it. */
export type ContactLogView = ContactLog & { noteWithheld: boolean };
