import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { applyListQuery } from '../common/list/list-query.js';
import type { ListQuery, ListResult, ListSpec } from '../common/list/list-spec.js';
import { isUuid } from '../common/database/org-scoped.repository.js';
import { ROLES } from '../auth/roles.js';
import { User } from './user.entity.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { rowsToEntities } from '../common/database/raw-rows.js';

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
   * The token check, before the organisation is known: through the narrow
   * SECURITY DEFINER function (row-level security hides users otherwise).
   */
  async findActiveById(id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const rows = await this.dataSource.query('SELECT * FROM auth_active_user_by_id($1)', [id]);
    return rowsToEntities(this.dataSource, User, rows)[0] ?? null;
  }

  /** With the hash, for sign-in only, before the organisation is known (as findActiveById). */
  async findWithPasswordByEmail(email: string): Promise<User | null> {
    const rows = await this.dataSource.query('SELECT * FROM auth_user_by_email($1)', [email.trim().toLowerCase()]);
    return rowsToEntities(this.dataSource, User, rows, ['passwordHash'])[0] ?? null;
  }

  findWithPasswordById(id: string): Promise<User | null> {
    return this.dataSource.manager.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  emailTaken(email: string, exceptId?: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const qb = manager.createQueryBuilder(User, 'u').where('u.email = :email', { email: email.trim().toLowerCase() });
    if (exceptId) qb.andWhere('u.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  async countActiveInOrg(organizationId: string, ids: string[], manager?: EntityManager): Promise<number> {
    if (!ids.every(isUuid)) return -1;
    return this.inOrg(organizationId, manager).andWhere('u.id IN (:...ids) AND u.active', { ids }).getCount();
  }

  async countActiveAdmins(organizationId: string, manager: EntityManager): Promise<number> {
    return this.inOrg(organizationId, manager).andWhere("u.role = 'admin' AND u.active").getCount();
  }

  save(manager: EntityManager, user: User): Promise<User> {
    return manager.save(user);
  }

  /** A user's own password change, with its audit row in the same transaction. */
  async setOwnPasswordHash(actor: ActingUser, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: actor.id }, { passwordHash });
      await recordAudit(manager, actor, { action: 'update', resource: 'users', recordId: actor.id, fields: ['password'] });
    });
  }
}
