import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { createValidationPipe } from '../common/errors/validation.js';
import { HouseholdsService } from '../households/households.service.js';
import { CreateHouseholdDto, UpdateHouseholdDto } from '../households/dto/household.dto.js';
import { PersonsService } from '../persons/persons.service.js';
import { CreatePersonDto, UpdatePersonDto } from '../persons/dto/person.dto.js';
import { ContactLogsService } from '../contact-logs/contact-logs.service.js';
import { CreateContactLogDto, UpdateContactLogDto } from '../contact-logs/dto/contact-log.dto.js';
import { EmployersService } from '../employers/employers.service.js';
import { CreateEmployerDto, UpdateEmployerDto } from '../employers/dto/employer.dto.js';
import { PlacementsService } from '../placements/placements.service.js';
import { CreatePlacementDto, UpdatePlacementDto } from '../placements/dto/placement.dto.js';
import type { ImportKind } from './import-kinds.js';
import { ImportLookups } from './import-lookups.js';
import { fold } from './import-fold.js';
import { cellDate, cellDateTime, cellList, cellNumber } from './import-values.js';

/** A row as field → cell text, only the mapped fields with a value. */
export type MappedRow = Record<string, string>;

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface AppliedRow {
  recordId: string;
  outcome: RowOutcome;
}

/** One unit of import work: the importing user and the transaction the rows are written in. */
export interface ImportScope {
  actor: ActingUser;
  manager: EntityManager;
  lookups: ImportLookups;
}

const validation = createValidationPipe();

/** Validates a plain object against a DTO class exactly as a request body would be. */
async function asDto<T>(dto: Type<T>, plain: Record<string, unknown>): Promise<T> {
  return (await validation.transform(plain, { type: 'body', metatype: dto })) as T;
}

/**
 * The fields of `wanted` whose value differs from the record's: compared as
 * JSON, lists as sets (a log's labels in another order are the same labels),
 * times as instants.
 */
function differing(record: object, wanted: Record<string, unknown>): Record<string, unknown> {
  const stored = record as Record<string, unknown>;
  const comparable = (value: unknown) => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return [...(value as unknown[])].map(String).sort();
    return value ?? null;
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => JSON.stringify(comparable(stored[key])) !== JSON.stringify(comparable(value)),
    ),
  );
}

/** Only what the row gives: an empty or unmapped cell changes nothing. */
function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/**
 * Turns one mapped row into a create or update through the resource's own
 * service, so an import obeys every rule, reference check and audit of the
 * API. `known` is the record a previous import of the same key wrote.
 */
@Injectable()
export class ImportRows {
  constructor(
    private readonly households: HouseholdsService,
    private readonly persons: PersonsService,
    private readonly contactLogs: ContactLogsService,
    private readonly employers: EmployersService,
    private readonly placements: PlacementsService,
  ) {}

  apply(kind: ImportKind, row: MappedRow, scope: ImportScope, known: string | undefined): Promise<AppliedRow> {
    switch (kind) {
      case 'households':
        return this.household(row, scope, known);
      case 'contact-logs':
        return this.contactLog(row, scope, known);
      case 'employers':
        return this.employer(row, scope, known);
      case 'placements':
        return this.placement(row, scope, known);
    }
  }

  /** The household by its reference, then the member by first name (and birth year when given). */
  private async household(row: MappedRow, scope: ImportScope, known: string | undefined): Promise<AppliedRow> {
    const householdFields = given({
      reference: row.reference,
      municipality: row.municipality,
      shelterType: row.shelterType,
      shelterEndDate: cellDate(row.shelterEndDate),
      protectionBasis: row.protectionBasis,
      protectionEndDate: cellDate(row.protectionEndDate),
      track: row.track,
      status: row.status,
      languages: cellList(row.languages),
      notes: row.notes,
    });
    const outcomes: RowOutcome[] = [];
    const existing = await scope.lookups.householdByReference(row.reference);
    let householdId: string;
    if (existing) {
      householdId = existing.id;
      const changes = differing(existing, householdFields);
      if (Object.keys(changes).length) {
        await this.households.update(
          scope.actor,
          existing.id,
          await asDto(UpdateHouseholdDto, { ...changes, version: existing.version }),
        );
        outcomes.push('updated');
      }
    } else {
      const created = await this.households.create(scope.actor, await asDto(CreateHouseholdDto, householdFields));
      householdId = created.id;
      outcomes.push('created');
    }
    if (row.firstName === undefined) return { recordId: householdId, outcome: summary(outcomes) };

    const personFields = given({
      householdId,
      firstName: row.firstName,
      birthYear: cellNumber(row.birthYear),
      gender: row.gender,
      householdRole: row.householdRole,
    });
    const member =
      (known && (await scope.lookups.personInHousehold(householdId, { id: known }))) ??
      (await scope.lookups.personInHousehold(householdId, { firstName: row.firstName, birthYear: row.birthYear }));
    if (member) {
      const changes = differing(member, personFields);
      if (Object.keys(changes).length) {
        await this.persons.update(
          scope.actor,
          member.id,
          await asDto(UpdatePersonDto, { ...changes, version: member.version }),
        );
        outcomes.push('updated');
      }
      return { recordId: member.id, outcome: summary(outcomes) };
    }
    const person = await this.persons.create(scope.actor, await asDto(CreatePersonDto, personFields));
    return { recordId: person.id, outcome: 'created' };
  }

  /**
   * A contact-log row as the API's create body, checked as a request body
   * is: the household by its reference, the members present by first name
   * (all members when the row names none), labels by name. Writes nothing.
   */
  async contactLogInput(row: MappedRow, scope: ImportScope): Promise<CreateContactLogDto> {
    const household = await scope.lookups.householdByReference(row.householdReference);
    if (!household) throw fieldError('householdReference', 'import_no_match', 'no household has this reference');
    const members = await scope.lookups.membersOf(household.id);
    const names = cellList(row.persons);
    const personIds = names
      ? names.map((name) => {
          const found = members.find((m) => sameName(m.firstName, name));
          if (!found)
            throw fieldError('persons', 'import_no_match', 'names someone who is not a member of the household');
          return found.id;
        })
      : members.map((m) => m.id);
    const fields = given({
      householdId: household.id,
      personIds,
      occurredAt: cellDateTime(row.occurredAt),
      minutes: cellNumber(row.minutes),
      channel: row.channel,
      language: row.language,
      note: row.note,
      labelIds: await this.labelIds(row.labels, scope),
    });
    return asDto(CreateContactLogDto, fields);
  }

  /** Many new contact logs in a few statements (see ContactLogsService.createMany). */
  createContactLogs(scope: ImportScope, inputs: CreateContactLogDto[]): Promise<string[]> {
    return this.contactLogs.createMany(scope.actor, inputs);
  }

  private async contactLog(row: MappedRow, scope: ImportScope, known: string | undefined): Promise<AppliedRow> {
    const fields = { ...(await this.contactLogInput(row, scope)) } as Record<string, unknown>;
    return this.upsert(scope, known, {
      find: (id) => this.contactLogs.get(scope.actor, id),
      create: async () => this.contactLogs.create(scope.actor, await asDto(CreateContactLogDto, fields)),
      update: async (id, changes, version) =>
        this.contactLogs.update(scope.actor, id, await asDto(UpdateContactLogDto, { ...changes, version })),
      fields,
    });
  }

  private async employer(row: MappedRow, scope: ImportScope, known: string | undefined): Promise<AppliedRow> {
    const fields = given({
      name: row.name,
      city: row.city,
      sector: row.sector,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      status: row.status,
      notes: row.notes,
    });
    // An employer entered by hand before the first import is the same employer: one per name and city.
    const sameName = known ?? (await scope.lookups.employerByName(row.name, row.city))?.id;
    return this.upsert(scope, sameName, {
      find: (id) => this.employers.get(scope.actor, id),
      create: async () => this.employers.create(scope.actor, await asDto(CreateEmployerDto, fields)),
      update: async (id, changes, version) =>
        this.employers.update(scope.actor, id, await asDto(UpdateEmployerDto, { ...changes, version })),
      fields,
    });
  }

  private async placement(row: MappedRow, scope: ImportScope, known: string | undefined): Promise<AppliedRow> {
    const household = await scope.lookups.householdByReference(row.householdReference);
    if (!household) throw fieldError('householdReference', 'import_no_match', 'no household has this reference');
    const person = (await scope.lookups.membersOf(household.id)).find((m) =>
      sameName(m.firstName, row.personFirstName),
    );
    if (!person) throw fieldError('personFirstName', 'import_no_match', 'no member of the household has this name');
    let employerId: string | undefined;
    if (row.employerName !== undefined) {
      const employer = await scope.lookups.employerByName(row.employerName, row.employerCity);
      if (!employer) throw fieldError('employerName', 'import_no_match', 'no employer has this name');
      employerId = employer.id;
    }
    const fields = given({
      personId: person.id,
      employerId,
      type: row.type,
      status: row.status,
      startDate: cellDate(row.startDate),
      endDate: cellDate(row.endDate),
      contractType: row.contractType,
      hoursPerWeek: cellNumber(row.hoursPerWeek),
      sector: row.sector,
      jobTitle: row.jobTitle,
      source: row.source,
      notes: row.notes,
    });
    return this.upsert(scope, known, {
      find: (id) => this.placements.get(scope.actor, id),
      create: async () => this.placements.create(scope.actor, await asDto(CreatePlacementDto, fields)),
      update: async (id, changes, version) =>
        this.placements.update(scope.actor, id, await asDto(UpdatePlacementDto, { ...changes, version })),
      fields,
    });
  }

  /** Labels by name in any of the codebook's languages. */
  private async labelIds(cell: string | undefined, scope: ImportScope): Promise<string[] | undefined> {
    const names = cellList(cell);
    if (!names) return undefined;
    const ids: string[] = [];
    for (const name of names) {
      const id = await scope.lookups.labelByName(name);
      if (!id) throw fieldError('labels', 'import_no_match', 'names a label that is not in the codebook');
      ids.push(id);
    }
    return [...new Set(ids)];
  }

  /** Updates the record a key found when the row says something else; creates one when there is none. */
  private async upsert<R extends { id: string; version: number }>(
    _scope: ImportScope,
    known: string | undefined,
    how: {
      find: (id: string) => Promise<R>;
      create: () => Promise<R>;
      update: (id: string, changes: Record<string, unknown>, version: number) => Promise<R>;
      fields: Record<string, unknown>;
    },
  ): Promise<AppliedRow> {
    const record = known ? await how.find(known).catch(() => undefined) : undefined;
    if (!record) return { recordId: (await how.create()).id, outcome: 'created' };
    const changes = differing(record, how.fields);
    if (!Object.keys(changes).length) return { recordId: record.id, outcome: 'unchanged' };
    await how.update(record.id, changes, record.version);
    return { recordId: record.id, outcome: 'updated' };
  }
}

function summary(outcomes: RowOutcome[]): RowOutcome {
  if (outcomes.includes('created')) return 'created';
  return outcomes.includes('updated') ? 'updated' : 'unchanged';
}

/** Names compare without case or accents. */
function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && fold(a) === fold(b);
}
