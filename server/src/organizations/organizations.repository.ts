import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Organization } from './organization.entity.js';

/** The acting user's own organisation; others are made with the operator's CLI and never read through the API. */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation of a signed-in user, which exists (the session names it). */
  findOwn(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Organization> {
    return manager.findOneByOrFail(Organization, { id: organizationId });
  }
}
