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
import { today } from '../common/time/today.js';

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
   * A consent record is what the person said: who, which purpose, with whom,
   * when and how stay fixed (a mistake is corrected by a new record). Later
   * it can only be withdrawn, once, on a day that has come: withdrawal takes
   * effect at once and is final, so it cannot be dated ahead, moved or erased.
   */
  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateConsentDto>,
    existing: Consent | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Consent> & Record<string, unknown>;
    delete fields.recordedById;
    delete fields.active;
    const now = today();
    if (existing) {
      for (const field of ['personId', 'purpose', 'partnerOrganizationId', 'givenOn', 'givenHow'] as const) {
        if (input[field] !== undefined && input[field] !== existing[field])
          throw fieldError(field, 'cannot_change', 'cannot change; record a new consent instead');
      }
      if (existing.withdrawnOn && input.withdrawnOn !== undefined && input.withdrawnOn !== existing.withdrawnOn) {
        throw fieldError(
          'withdrawnOn',
          'consent_withdrawn',
          `consent was withdrawn on ${existing.withdrawnOn}; a withdrawal is final and cannot be changed or undone — record a new consent instead`,
          { date: existing.withdrawnOn },
        );
      }
    } else {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId!], 'personId', manager);
      fields.recordedById = actor.id;
      fields.givenOn = input.givenOn ?? now;
      if (fields.givenOn > now)
        throw fieldError('givenOn', 'date_in_future', 'cannot be in the future: record consent on the day it is given');
      if (input.purpose === 'sharing' && !input.partnerOrganizationId) {
        throw fieldError(
          'partnerOrganizationId',
          'sharing_partner_required',
          'is required: sharing consent is given for one partner organisation',
        );
      }
      if (input.purpose !== 'sharing' && input.partnerOrganizationId) {
        throw fieldError('partnerOrganizationId', 'only_sharing_consent', 'only applies to sharing consent');
      }
      if (input.partnerOrganizationId) {
        await assertReferencesInOrg(
          this.partners,
          actor.organizationId,
          [input.partnerOrganizationId],
          'partnerOrganizationId',
          manager,
        );
      }
    }
    const givenOn = fields.givenOn ?? existing?.givenOn;
    if (input.withdrawnOn) {
      if (input.withdrawnOn > now)
        throw fieldError(
          'withdrawnOn',
          'date_in_future',
          'cannot be in the future: a withdrawal takes effect on the day it is recorded',
        );
      if (givenOn && input.withdrawnOn < givenOn)
        throw fieldError('withdrawnOn', 'before_consent_given', `cannot be before consent was given (${givenOn})`, {
          date: givenOn,
        });
    }
    return fields;
  }
}
