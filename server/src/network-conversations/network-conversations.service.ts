import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { EmployersRepository } from '../employers/employers.repository.js';
import { NetworkConversation } from './network-conversation.entity.js';
import { NetworkConversationsRepository } from './network-conversations.repository.js';
import type { CreateNetworkConversationDto, UpdateNetworkConversationDto } from './dto/network-conversation.dto.js';

@Injectable()
export class NetworkConversationsService extends CaseRecordService<
  NetworkConversation,
  CreateNetworkConversationDto,
  UpdateNetworkConversationDto
> {
  constructor(
    dataSource: DataSource,
    repository: NetworkConversationsRepository,
    private readonly persons: PersonsRepository,
    private readonly employers: EmployersRepository,
  ) {
    super(dataSource, repository, 'Network conversation');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateNetworkConversationDto>,
    existing: NetworkConversation | undefined,
    manager: EntityManager,
  ) {
    // react-admin sends the whole record back: a reference that did not change
    // stays valid even when its employer has since been deleted or archived.
    if (input.personId !== undefined && input.personId !== existing?.personId) {
      await assertReferencesInOrg(this.persons, actor.organizationId, [input.personId], 'personId', manager);
    }
    if (input.employerId && input.employerId !== existing?.employerId) {
      await assertReferencesInOrg(this.employers, actor.organizationId, [input.employerId], 'employerId', manager);
    }
    const employerId = input.employerId !== undefined ? input.employerId : existing?.employerId;
    const contact = input.contact !== undefined ? input.contact?.trim() || null : existing?.contact;
    if (!employerId && !contact)
      throw fieldError('contact', 'employer_or_contact', 'say with whom: an employer or a contact');
    return { ...input, contact } as Partial<NetworkConversation>;
  }
}
