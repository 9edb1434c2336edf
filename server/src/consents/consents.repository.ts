import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { activeConsentSql, Consent, CONSENT_METHODS, CONSENT_PURPOSES, type ConsentPurpose } from './consent.entity.js';

@Injectable()
export class ConsentsRepository extends OrgScopedRepository<Consent> {
  constructor(dataSource: DataSource) {
    super(dataSource, Consent, 'cs', {
      resource: 'consents',
      sortable: {
        givenOn: 'cs.givenOn',
        purpose: 'cs.purpose',
        withdrawnOn: 'cs.withdrawnOn',
        createdAt: 'cs.createdAt',
      },
      filters: {
        personId: { column: 'cs.personId', type: 'uuid' },
        purpose: { column: 'cs.purpose', type: 'enum', values: CONSENT_PURPOSES },
        givenHow: { column: 'cs.givenHow', type: 'enum', values: CONSENT_METHODS },
        partnerOrganizationId: { column: 'cs.partnerOrganizationId', type: 'uuid' },
        active: { column: activeConsentSql('cs'), type: 'boolean' },
      },
      // Whose consent and with whom: the person's first name and the partner's name.
      search: [
        '(SELECT p.first_name FROM persons p WHERE p.id = cs.person_id)',
        '(SELECT po.name FROM partner_organizations po WHERE po.id = cs.partner_organization_id)',
      ],
      defaultSort: ['givenOn', 'DESC'],
    });
  }

  /** Whether the person has consent for this purpose now (for sharing: with this partner). */
  hasActive(
    organizationId: string,
    personId: string,
    purpose: ConsentPurpose,
    partnerOrganizationId: string | null,
    manager: EntityManager,
  ) {
    const qb = this.scoped(organizationId, manager)
      .andWhere('cs.personId = :personId AND cs.purpose = :purpose', { personId, purpose })
      .andWhere(activeConsentSql('cs'));
    if (partnerOrganizationId)
      qb.andWhere('cs.partnerOrganizationId = :partnerOrganizationId', { partnerOrganizationId });
    return qb.getExists();
  }
}
