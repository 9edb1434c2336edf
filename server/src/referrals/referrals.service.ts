import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { PartnerOrganizationsRepository } from '../partner-organizations/partner-organizations.repository.js';
import { ConsentsRepository } from '../consents/consents.repository.js';
import { BreakthroughsRepository } from '../breakthroughs/breakthroughs.repository.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { Referral, SHARED_STATUSES, type ReferralStatus } from './referral.entity.js';
import { ReferralsRepository } from './referrals.repository.js';
import type { CreateReferralDto, UpdateReferralDto } from './dto/referral.dto.js';
import { today } from '../common/time/today.js';

@Injectable()
export class ReferralsService extends CaseRecordService<Referral, CreateReferralDto, UpdateReferralDto> {
  constructor(
    dataSource: DataSource,
    referrals: ReferralsRepository,
    private readonly persons: PersonsRepository,
    private readonly partners: PartnerOrganizationsRepository,
    private readonly consents: ConsentsRepository,
    private readonly breakthroughs: BreakthroughsRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {
    super(dataSource, referrals, 'Referral');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateReferralDto>,
    existing: Referral | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Referral>;
    if (!existing && !input.date) fields.date = today();
    const personId = input.personId ?? existing?.personId;
    const partnerId = input.partnerOrganizationId ?? existing?.partnerOrganizationId;
    const status = input.status ?? existing?.status ?? 'proposed';
    const person = personId ? await this.persons.findOneInOrg(actor.organizationId, personId, { manager }) : null;
    if (!person) throw fieldError('personId', 'record_missing', 'refers to a record that does not exist');
    if (input.partnerOrganizationId !== undefined) {
      await assertReferencesInOrg(
        this.partners,
        actor.organizationId,
        [input.partnerOrganizationId],
        'partnerOrganizationId',
        manager,
      );
    }
    if (input.domainKey) await this.domains.assertDomainKey(input.domainKey, manager);
    if (
      sendsData(existing, status, person.id, partnerId!) &&
      !(await this.consents.hasActive(actor.organizationId, person.id, 'sharing', partnerId!, manager))
    ) {
      throw fieldError(
        'status',
        'sharing_consent_missing',
        `${person.firstName} has not given consent to share their data with this partner organisation; record sharing consent first`,
        { name: person.firstName },
      );
    }
    const breakthroughId = input.breakthroughId !== undefined ? input.breakthroughId : existing?.breakthroughId;
    if (breakthroughId) {
      if (status !== 'completed')
        throw fieldError('breakthroughId', 'referral_not_completed', 'can only be linked to a completed referral');
      const breakthrough = await this.breakthroughs.findOneInOrg(actor.organizationId, breakthroughId, { manager });
      if (!breakthrough) throw fieldError('breakthroughId', 'record_missing', 'refers to a record that does not exist');
      if (breakthrough.householdId !== person.householdId)
        throw fieldError('breakthroughId', 'not_in_household', "must be a breakthrough of the person's household", {
          kind: 'breakthrough',
        });
    }
    return fields;
  }
}

/**
 * Whether this write sends the person's data to the partner: a referral
 * recorded as already shared, one leaving "proposed" for a shared status, one
 * (re)sent, or a shared referral moved to another person or partner. Only
 * then is sharing consent checked: after a withdrawal the partner already
 * has what was sent, and recording the outcome, a decline, completion or
 * the breakthrough it led to must stay possible.
 */
export function sendsData(
  existing: Referral | undefined,
  status: ReferralStatus,
  personId: string,
  partnerId: string,
): boolean {
  if (!SHARED_STATUSES.includes(status)) return false;
  if (!existing) return true;
  if (existing.status === 'proposed' || (status === 'sent' && existing.status !== 'sent')) return true;
  return existing.personId !== personId || existing.partnerOrganizationId !== partnerId;
}
