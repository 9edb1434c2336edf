import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import { PartnerOrganizationsRepository } from './partner-organizations.repository.js';
import type { CreatePartnerOrganizationDto, UpdatePartnerOrganizationDto } from './dto/partner-organization.dto.js';

@Injectable()
export class PartnerOrganizationsService extends CaseRecordService<
  PartnerOrganization,
  CreatePartnerOrganizationDto,
  UpdatePartnerOrganizationDto
> {
  constructor(
    dataSource: DataSource,
    private readonly partners: PartnerOrganizationsRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {
    super(dataSource, partners, 'Partner organisation');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePartnerOrganizationDto>,
    existing: PartnerOrganization | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<PartnerOrganization>;
    if (input.name !== undefined) {
      fields.name = input.name.trim();
      if (await this.partners.nameTaken(actor.organizationId, fields.name, existing?.id, manager))
        throw fieldError('name', 'name_taken', 'is already a partner organisation');
    }
    if (input.domainKeys !== undefined) {
      const unknown = await this.domains.unknownKeys(input.domainKeys ?? [], manager);
      if (unknown.length)
        throw fieldError('domainKeys', 'not_integration_domain', `unknown domains: ${unknown.join(', ')}`);
      fields.domainKeys = [...new Set(input.domainKeys ?? [])];
    }
    return fields;
  }
}
