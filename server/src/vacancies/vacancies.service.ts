import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { conflict, fieldError, invalidQuery, notFound } from '../common/errors/app-error.js';
import { EmployersRepository } from '../employers/employers.repository.js';
import { SkillsRepository } from '../skills/skills.repository.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { personInMatching } from '../persons/in-matching.js';
import { Vacancy } from './vacancy.entity.js';
import { VacanciesRepository } from './vacancies.repository.js';
import type { CreateVacancyDto, UpdateVacancyDto } from './dto/vacancy.dto.js';
import { bySuggestionRank, scoreSuggestion, type Scored, type VacancyNeeds } from './suggestion-score.js';

export const DEFAULT_SUGGESTIONS = 20;
export const MAX_SUGGESTIONS = 100;

export type PersonSuggestion = Scored & { personId: string };
export type VacancySuggestion = Scored & { vacancyId: string };

const needsOf = (v: Vacancy): VacancyNeeds => ({
  skillIds: v.skillIds,
  language: v.language,
  languageLevel: v.languageLevel,
  hoursPerWeek: v.hoursPerWeek,
  municipality: v.municipality,
  sector: v.sector,
});

@Injectable()
export class VacanciesService extends CaseRecordService<Vacancy, CreateVacancyDto, UpdateVacancyDto> {
  constructor(
    dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly employers: EmployersRepository,
    private readonly skills: SkillsRepository,
    private readonly persons: PersonsRepository,
  ) {
    super(dataSource, vacancies, 'Vacancy');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateVacancyDto>,
    existing: Vacancy | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Vacancy>;
    if (input.employerId !== undefined && input.employerId !== existing?.employerId)
      await assertReferencesInOrg(this.employers, actor.organizationId, [input.employerId], 'employerId', manager);
    if (input.skillIds !== undefined) {
      fields.skillIds = [...new Set(input.skillIds)];
      await assertReferencesInOrg(this.skills, actor.organizationId, fields.skillIds, 'skillIds', manager);
    }
    if (input.title !== undefined) fields.title = input.title.trim();
    if (input.municipality !== undefined) fields.municipality = input.municipality?.trim() || null;
    if (input.sector !== undefined) fields.sector = input.sector?.trim() || null;
    // A level without its language (or the reverse) says nothing a match can use.
    const language = input.language !== undefined ? input.language : (existing?.language ?? null);
    const level = input.languageLevel !== undefined ? input.languageLevel : (existing?.languageLevel ?? null);
    if (language && !level) throw fieldError('languageLevel', 'language_level_required', 'is required with a language');
    if (level && !language) throw fieldError('language', 'language_required', 'is required with a language level');
    return fields;
  }

  /** Placements keep pointing at their vacancy: mark it filled instead. */
  protected override async beforeRemove(_actor: ActingUser, vacancy: Vacancy, manager: EntityManager) {
    const count = await this.vacancies.placementCount(vacancy.id, manager);
    if (count > 0)
      throw conflict('vacancy_in_use', `This vacancy has ${count} placement(s); mark it filled instead`, { count });
  }

  /**
   * Persons in matching, best first, for a vacancy. PostgreSQL ranks them
   * (the score in SQL, suggestion-score-sql.ts); `scoreSuggestion` explains
   * the top `limit` with the same numbers.
   */
  async suggestionsForVacancy(actor: ActingUser, vacancyId: string, limit: number): Promise<PersonSuggestion[]> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.vacancies.findOneInOrg(actor.organizationId, vacancyId, { manager });
      if (!vacancy) throw notFound('Vacancy');
      const needs = needsOf(vacancy);
      const ranked = await this.vacancies.rankPersonsFor(manager, actor.organizationId, vacancy, limit);
      return ranked
        .map(({ profile }) => ({ id: profile.id, ...scoreSuggestion(needs, profile) }))
        .sort(bySuggestionRank)
        .map(({ id, score, reasons }) => ({ personId: id, score, reasons }));
    });
  }

  /** Open vacancies, best first, for a person (a matcher's: one in matching); ranked in SQL as above. */
  async suggestionsForPerson(actor: ActingUser, personId: string, limit: number): Promise<VacancySuggestion[]> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.persons.findOneInOrg(actor.organizationId, personId, {
        manager,
        rowScope: actor.role === 'matcher' ? personInMatching('p.id') : undefined,
      });
      if (!person) throw notFound('Person');
      const ranked = await this.vacancies.rankVacanciesFor(manager, actor.organizationId, person.id, limit);
      if (ranked.length === 0) return [];
      const profile = await this.vacancies.profileOf(manager, person.id);
      const vacancies = await this.vacancies.byIds(
        manager,
        actor.organizationId,
        ranked.map((r) => r.id),
      );
      return vacancies
        .map((vacancy) => ({ id: vacancy.id, ...scoreSuggestion(needsOf(vacancy), profile) }))
        .sort(bySuggestionRank)
        .map(({ id, score, reasons }) => ({ vacancyId: id, score, reasons }));
    });
  }
}

/** `?limit=`: how many suggestions, 1 to MAX_SUGGESTIONS; DEFAULT_SUGGESTIONS when absent. */
export function parseLimit(raw: unknown): number {
  if (raw === undefined) return DEFAULT_SUGGESTIONS;
  const limit = typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= MAX_SUGGESTIONS))
    throw invalidQuery(`limit must be a whole number from 1 to ${MAX_SUGGESTIONS}`);
  return limit;
}
