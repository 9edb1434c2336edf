import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { applyListQuery } from '../common/list/list-query.js';
import type { ListQuery, ListResult, ListSpec } from '../common/list/list-spec.js';
import { isUuid } from '../common/validation/uuid.js';
import { ROLES, type Role } from '../auth/roles.js';
import { User } from './user.entity.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { rowsToEntities } from '../common/database/raw-rows.js';
import { inOrganization } from '../common/database/unit-of-work.js';
import { endAllSessions } from '../auth/sessions.js';

export const USERS_LIST_SPEC: ListSpec = {
  resource: 'users',
  sortable: { email: 'u.email', fullName: 'u.fullName', role: 'u.role', active: 'u.active', createdAt: 'u.createdAt' },
  filters: {
    role: { column: 'u.role', type: 'enum', values: ROLES },
    active: { column: 'u.active', type: 'boolean' },
  },
  search: ['u.email', 'u.fullName'],
  defaultSort: ['fullName', 'ASC'],
};

/** Users are not soft deleted: they are deactivated, so that their past work keeps its author. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private inOrg(organizationId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.createQueryBuilder(User, 'u').where('u.organizationId = :organizationId', { organizationId });
  }

  async findForList(organizationId: string, query: ListQuery): Promise<ListResult<User>> {
    const [rows, total] = await applyListQuery(this.inOrg(organizationId), query, USERS_LIST_SPEC).getManyAndCount();
    return { rows, total, range: query.range };
  }

  findOneInOrg(organizationId: string, id: string, manager?: EntityManager, lock = false): Promise<User | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const qb = this.inOrg(organizationId, manager).andWhere('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /**
   * The active accounts an e-mail address signs in to, with their hashes (login
   * only). An address is unique within an organisation, so across them it may
   * name several; a handful at most.
   */
  async findActiveWithPasswordByEmail(email: string, organizationId?: string): Promise<User[]> {
    // Before the organisation is known: through the SECURITY DEFINER function (row-level security hides users otherwise).
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT * FROM auth_user_by_email($1) u
        WHERE u.active AND ($2::uuid IS NULL OR u.organization_id = $2::uuid)
        ORDER BY u.created_at LIMIT 20`,
      [email.trim().toLowerCase(), organizationId ?? null],
    );
    return rowsToEntities(this.dataSource, User, rows, ['passwordHash']);
  }

  /** The organisations (id and name) of these users, for someone who proved the password of each. */
  organizationsOf(userIds: string[]): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM auth_organizations_of_users($1::uuid[]) ORDER BY name`, [
      userIds,
    ]);
  }

  findWithPasswordById(id: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  /**
   * Replaces an old-style hash of the same password (at sign-in). Neither the
   * record's version nor its audit trail changes: the password is the same.
   * Only if the hash is still the one that was checked, so it never undoes a
   * password change made meanwhile.
   */
  async replacePasswordHash(
    user: Pick<User, 'id' | 'organizationId'>,
    oldHash: string,
    newHash: string,
  ): Promise<void> {
    // Sign-in runs outside a request's unit of work: this write names its organisation itself (row-level security).
    await inOrganization(this.dataSource, user.organizationId, () =>
      this.dataSource.query('UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2', [
        user.id,
        oldHash,
        newHash,
      ]),
    );
  }

  /** Whether the organisation already has an account (active or not) with this address. */
  emailTaken(
    organizationId: string,
    email: string,
    exceptId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const qb = this.inOrg(organizationId, manager).andWhere('u.email = :email', { email: email.trim().toLowerCase() });
    if (exceptId) qb.andWhere('u.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  /**
   * Serialises changes to an organisation's users: every change that could
   * take away an admin takes this lock first, so two admins demoting each
   * other at once run one after the other and the second sees the first.
   * FOR NO KEY UPDATE does not block inserts that reference the organisation.
   */
  async lockOrganizationUsers(organizationId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM organizations WHERE id = $1 FOR NO KEY UPDATE', [organizationId]);
  }

  async countActiveInOrg(organizationId: string, ids: string[], manager?: EntityManager): Promise<number> {
    if (!ids.every(isUuid)) return -1;
    return this.inOrg(organizationId, manager).andWhere('u.id IN (:...ids) AND u.active', { ids }).getCount();
  }

  /** Each user's role, for rules on who may do what (a user of another organisation is not found). */
  rolesOf(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<{ id: string; role: Role }[]> {
    return manager.query('SELECT id, role FROM users WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** The active users with one of these roles, by the roles' order, then by name. */
  activeWithRoles(
    organizationId: string,
    roles: readonly Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; fullName: string; role: Role }[]> {
    return manager.query(
      `SELECT id, full_name AS "fullName", role FROM users
        WHERE organization_id = $1 AND active AND role = ANY($2::text[])
        ORDER BY array_position($2::text[], role), full_name`,
      [organizationId, roles],
    );
  }

  async countActiveAdmins(organizationId: string, manager: EntityManager): Promise<number> {
    return this.inOrg(organizationId, manager).andWhere("u.role = 'admin' AND u.active").getCount();
  }

  save(manager: EntityManager, user: User): Promise<User> {
    return manager.save(user);
  }

  /** A user's own password change, with its audit row and the end of every session in the same transaction. */
  async setOwnPasswordHash(actor: ActingUser, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: actor.id }, { passwordHash });
      await endAllSessions(manager, actor.id);
      await recordAudit(manager, actor, {
        action: 'update',
        resource: 'users',
        recordId: actor.id,
        fields: ['password'],
      });
    });
  }
}
