import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { PartnerOrganizationsRepository } from '../partner-organizations/partner-organizations.repository.js';
import { Consent } from './consent.entity.js';
import { ConsentsRepository } from './consents.repository.js';
import type { CreateConsentDto, UpdateConsentDto } from './dto/consent.dto.js';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ConsentsService extends CaseRecordService<Consent, CreateConsentDto, UpdateConsentDto> {
  constructor(
    dataSource: DataSource,
    consents: ConsentsRepository,
    private readonly persons: PersonsRepository,
    private readonly partners: PartnerOrganizationsRepository,
  ) {
    super(dataSource, consents, 'Consent');
  }

  /**
   * A consent record is what the person said: who, which purpose and with
   * whom stay fixed; later it can only be withdrawn (and the withdrawal dated).
   */
  protected async prepare(actor: ActingUser, input: Partial<CreateConsentDto>, existing: Consent | undefined, manager: EntityManager) {
    const fields = { ...input } as Partial<Consent> & Record<string, unknown>;
    delete fields.recordedById;
    delete fields.active;
    if (existing) {
      for (const field of ['personId', 'purpose', 'partnerOrganizationId'] as const) {
        if (input[field] !== undefined && input[field] !== existing[field]) throw fieldError(field, 'cannot change; record a new consent instead');
      }
    } else {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId!], 'personId', manager);
      fields.recordedById = actor.id;
      fields.givenOn = input.givenOn ?? today();
      if (input.purpose === 'sharing' && !input.partnerOrganizationId) {
        throw fieldError('partnerOrganizationId', 'is required: sharing consent is given for one partner organisation');
      }
      if (input.purpose !== 'sharing' && input.partnerOrganizationId) {
        throw fieldError('partnerOrganizationId', 'only applies to sharing consent');
      }
      if (input.partnerOrganizationId) {
        await assertReferencesInOrg(this.partners, actor.organizationId, [input.partnerOrganizationId], 'partnerOrganizationId', manager);
      }
    }
    const givenOn = (fields.givenOn as string | undefined) ?? existing?.givenOn;
    const withdrawnOn = input.withdrawnOn !== undefined ? input.withdrawnOn : existing?.withdrawnOn;
    if (withdrawnOn && givenOn && withdrawnOn < givenOn) throw fieldError('withdrawnOn', `cannot be before consent was given (${givenOn})`);
    return fields;
  }
}
