import type { EntityManager } from 'typeorm';
import { Household } from '../households/household.entity.js';
import { Person } from '../persons/person.entity.js';
import { Employer } from '../employers/employer.entity.js';
import { Label } from '../labels/label.entity.js';
import { fold } from './import-fold.js';

/**
 * The records an import row names by what a spreadsheet knows (a reference,
 * a first name, an employer's name, a label's name), read in the import's
 * transaction and organisation: rows written earlier in the same
 * transaction are found, another organisation's never.
 */
export class ImportLookups {
  /**
   * `stable`: households and members do not change while this import runs
   * (it writes contact logs or placements), so each is read once. `cache`:
   * what an earlier chunk of the same job read (each chunk of an import
   * commits in a transaction of its own, with its own manager); the
   * codebook does not change while an import runs either.
   */
  constructor(
    private readonly manager: EntityManager,
    private readonly organizationId: string,
    private readonly stable = false,
    private readonly cache: ImportLookupCache = new ImportLookupCache(),
  ) {}

  private get households() {
    return this.cache.households;
  }

  private get members() {
    return this.cache.members;
  }

  private get labels() {
    return this.cache.labels;
  }

  private set labels(labels: Map<string, string> | undefined) {
    this.cache.labels = labels;
  }

  householdByReference(reference: string | undefined): Promise<Household | null> {
    if (reference === undefined) return Promise.resolve(null);
    const key = reference.trim().toLowerCase();
    if (!this.stable) return this.readHousehold(reference);
    let found = this.households.get(key);
    if (!found) this.households.set(key, (found = this.readHousehold(reference)));
    return found;
  }

  membersOf(householdId: string): Promise<Person[]> {
    if (!this.stable) return this.readMembers(householdId);
    let found = this.members.get(householdId);
    if (!found) this.members.set(householdId, (found = this.readMembers(householdId)));
    return found;
  }

  private readHousehold(reference: string): Promise<Household | null> {
    return this.manager
      .createQueryBuilder(Household, 'h')
      .where('h.organizationId = :org AND lower(h.reference) = lower(:reference)', {
        org: this.organizationId,
        reference: reference.trim(),
      })
      .getOne();
  }

  private readMembers(householdId: string): Promise<Person[]> {
    return this.manager
      .createQueryBuilder(Person, 'p')
      .where('p.organizationId = :org AND p.householdId = :householdId', { org: this.organizationId, householdId })
      .orderBy('p.createdAt')
      .getMany();
  }

  /** A member by the id an earlier import wrote, or by first name (and birth year when the row has one). */
  async personInHousehold(
    householdId: string,
    by: { id: string } | { firstName: string; birthYear?: string },
  ): Promise<Person | undefined> {
    const members = await this.membersOf(householdId);
    if ('id' in by) return members.find((m) => m.id === by.id);
    return members.find(
      (m) =>
        fold(m.firstName) === fold(by.firstName) &&
        (by.birthYear === undefined || m.birthYear === null || String(m.birthYear) === by.birthYear.trim()),
    );
  }

  /** One employer per name and city (whatever the capitals); with no city given, the only one of that name. */
  async employerByName(name: string | undefined, city: string | undefined): Promise<Employer | undefined> {
    if (name === undefined) return undefined;
    const query = this.manager
      .createQueryBuilder(Employer, 'e')
      .where('e.organizationId = :org AND lower(e.name) = lower(:name)', {
        org: this.organizationId,
        name: name.trim(),
      });
    if (city !== undefined) query.andWhere(`lower(coalesce(e.city, '')) = lower(:city)`, { city: city.trim() });
    const found = await query.limit(2).getMany();
    return found.length === 1 ? found[0] : undefined;
  }

  /** A label by its name in Dutch, English or Ukrainian; a merged label answers with the one it became. */
  async labelByName(name: string): Promise<string | undefined> {
    if (!this.labels) {
      const rows = await this.manager
        .createQueryBuilder(Label, 'l')
        .where('l.organizationId = :org', { org: this.organizationId })
        .getMany();
      const target = new Map(rows.map((l) => [l.id, l.mergedIntoId ?? l.id]));
      this.labels = new Map();
      for (const label of rows) {
        if (label.archived && !label.mergedIntoId) continue;
        for (const text of Object.values(label.name)) {
          if (text) this.labels.set(fold(text), target.get(label.id)!);
        }
      }
    }
    return this.labels.get(fold(name));
  }
}

/** What one import job has read of its organisation, kept across its chunks. */
export class ImportLookupCache {
  labels?: Map<string, string>;
  readonly households = new Map<string, Promise<Household | null>>();
  readonly members = new Map<string, Promise<Person[]>>();
}
