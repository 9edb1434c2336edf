import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Person } from './person.entity.js';
import { DIPLOMA_EVALUATIONS, EDUCATION_LEVELS, HOUSEHOLD_ROLES } from './person.enums.js';

@Injectable()
export class PersonsRepository extends OrgScopedRepository<Person> {
  constructor(dataSource: DataSource) {
    super(dataSource, Person, 'p', {
      resource: 'persons',
      sortable: {
        firstName: 'p.firstName',
        birthYear: 'p.birthYear',
        householdRole: 'p.householdRole',
        educationLevel: 'p.educationLevel',
        matchingSince: 'p.matchingSince',
        createdAt: 'p.createdAt',
        updatedAt: 'p.updatedAt',
      },
      filters: {
        householdId: { column: 'p.householdId', type: 'uuid' },
        householdRole: { column: 'p.householdRole', type: 'enum', values: HOUSEHOLD_ROLES },
        educationLevel: { column: 'p.educationLevel', type: 'enum', values: EDUCATION_LEVELS },
        diplomaEvaluation: { column: 'p.diplomaEvaluation', type: 'enum', values: DIPLOMA_EVALUATIONS },
        childcareNeed: { column: 'p.childcareNeed', type: 'boolean' },
        birthYear: { column: 'p.birthYear', type: 'number', range: true },
        createdAt: { column: 'p.createdAt', type: 'timestamp', range: true },
        matchingSince: { column: 'p.matchingSince', type: 'date', range: true },
      },
      search: ['p.firstName', 'p.profession', 'p.experience', 'p.talents', 'p.ambitions', 'p.notes'],
      defaultSort: ['firstName', 'ASC'],
    });
  }
}
