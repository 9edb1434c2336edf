import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { conflict, fieldError, forbidden, notFound } from '../common/errors/app-error.js';
import { parseListQuery, type RawListParams } from '../common/list/list-query.js';
import { hashPassword } from '../auth/password.js';
import { endAllSessions } from '../auth/sessions.js';
import { changedFields, recordAudit } from '../audit-events/record-audit.js';
import { User } from './user.entity.js';
import { USERS_LIST_SPEC, UsersRepository } from './users.repository.js';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

  list(actor: ActingUser, params: RawListParams) {
    return this.users.findForList(actor.organizationId, parseListQuery(params, USERS_LIST_SPEC));
  }

  async get(actor: ActingUser, id: string): Promise<User> {
    const user = await this.users.findOneInOrg(actor.organizationId, id);
    if (!user) throw notFound('User');
    return user;
  }

  create(actor: ActingUser, input: CreateUserDto): Promise<User> {
    return createUserInOrganization(this.dataSource, this.users, actor.organizationId, input, actor);
  }

  /**
   * A change of password, role or active state ends every session of the
   * user in the same transaction (their old tokens answer 401 at once, and
   * stay dead if the account is reactivated). The organisation's users are
   * locked first and the actor is checked again under the lock: the guard
   * saw them before a colleague's concurrent change did, so two admins
   * demoting each other at once cannot both succeed.
   */
  async update(actor: ActingUser, id: string, input: UpdateUserDto): Promise<User> {
    // Hashed before the transaction: bcrypt's quarter second need not hold the lock.
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      await this.users.lockOrganizationUsers(actor.organizationId, manager);
      const self = await this.users.findOneInOrg(actor.organizationId, actor.id, manager);
      if (!self?.active || self.role !== 'admin') throw forbidden();
      const user = await this.users.findOneInOrg(actor.organizationId, id, manager, true);
      if (!user) throw notFound('User');
      const before = { ...user };
      if (input.version !== undefined && input.version !== user.version) {
        throw conflict('stale_version', 'User was changed by someone else; reload and try again');
      }
      if (input.email !== undefined) {
        const email = input.email.trim().toLowerCase();
        if (await this.users.emailTaken(actor.organizationId, email, id, manager))
          throw fieldError('email', 'email_taken', 'is already in use');
        user.email = email;
      }
      if (input.fullName !== undefined) user.fullName = input.fullName.trim();
      if (input.role !== undefined) user.role = input.role;
      if (input.active !== undefined) user.active = input.active;
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      if (user.id === actor.id && (!user.active || user.role !== 'admin')) {
        throw fieldError(
          user.active ? 'role' : 'active',
          'own_admin_access',
          'you cannot remove your own admin access',
        );
      }
      await this.users.save(manager, user);
      if (input.password !== undefined || user.role !== before.role || user.active !== before.active) {
        await endAllSessions(manager, user.id);
      }
      if ((await this.users.countActiveAdmins(actor.organizationId, manager)) === 0) {
        throw conflict('last_admin', 'An organisation needs at least one active admin');
      }
      const after = (await this.users.findOneInOrg(actor.organizationId, id, manager))!;
      // A new password is named, never its hash (the hash is not even selected here).
      const changed = changedFields(before, after, ['email', 'fullName', 'role', 'active']);
      if (input.password !== undefined) changed.push('password');
      await recordAudit(manager, actor, { action: 'update', resource: 'users', recordId: id, fields: changed });
      return after;
    });
  }

  /** Deactivates: a user's past work keeps its author. */
  deactivate(actor: ActingUser, id: string): Promise<User> {
    return this.update(actor, id, { active: false });
  }
}

/** Shared by the API and the operator's CLI (no actor: audited without a user). */
export function createUserInOrganization(
  dataSource: DataSource,
  users: UsersRepository,
  organizationId: string,
  input: CreateUserDto,
  actor?: ActingUser,
): Promise<User> {
  return dataSource.transaction(async (manager) => {
    const email = input.email.trim().toLowerCase();
    // Within the organisation only: whether another organisation has the address is none of this one's business.
    if (await users.emailTaken(organizationId, email, undefined, manager))
      throw fieldError('email', 'email_taken', 'is already in use');
    const user = manager.create(User, {
      organizationId,
      email,
      fullName: input.fullName.trim(),
      role: input.role,
      active: input.active ?? true,
      passwordHash: await hashPassword(input.password),
    });
    const saved = await users.save(manager, user);
    await recordAudit(manager, actor ?? { id: null, organizationId }, {
      action: 'create',
      resource: 'users',
      recordId: saved.id,
      fields: Object.keys(input).filter((field) => input[field as keyof CreateUserDto] !== undefined),
    });
    return (await users.findOneInOrg(organizationId, saved.id, manager))!;
  });
}
