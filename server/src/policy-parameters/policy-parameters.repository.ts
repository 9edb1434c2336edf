import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import {
  POLICY_PARAMETER_KEYS,
  POLICY_PARAMETER_UNITS,
  PolicyParameter,
  type PolicyParameterKey,
} from './policy-parameter.entity.js';

/**
 * The versions of the organisation's policy parameters. Other modules read a
 * value through `valueOn` (one day) or `versionsBetween` (every version that
 * applies on some day of a period, e.g. a month), never through their own SQL.
 */
@Injectable()
export class PolicyParametersRepository extends OrgScopedRepository<PolicyParameter> {
  constructor(dataSource: DataSource) {
    super(dataSource, PolicyParameter, 'pp', {
      resource: 'policy-parameters',
      sortable: { key: 'pp.key', validFrom: 'pp.validFrom', createdAt: 'pp.createdAt' },
      filters: {
        key: { column: 'pp.key', type: 'enum', values: POLICY_PARAMETER_KEYS },
        unit: { column: 'pp.unit', type: 'enum', values: POLICY_PARAMETER_UNITS },
      },
      search: ['pp.key', 'pp.sourceDocument', 'pp.sourceParagraph'],
      defaultSort: ['key', 'ASC'],
    });
  }

  /** The version of `key` valid on `date` (YYYY-MM-DD), or null when none is. */
  valueOn(
    manager: EntityManager,
    organizationId: string,
    key: PolicyParameterKey,
    date: string,
  ): Promise<PolicyParameter | null> {
    return this.scoped(organizationId, manager)
      .andWhere('pp.key = :key AND pp.validFrom <= :date AND (pp.validTo IS NULL OR pp.validTo >= :date)', {
        key,
        date,
      })
      .getOne();
  }

  /** Every version of these keys valid on at least one day from `from` to `to` (inclusive), oldest first. */
  versionsBetween(
    manager: EntityManager,
    organizationId: string,
    keys: readonly PolicyParameterKey[],
    from: string,
    to: string,
  ): Promise<PolicyParameter[]> {
    return this.scoped(organizationId, manager)
      .andWhere('pp.key IN (:...keys) AND pp.validFrom <= :to AND (pp.validTo IS NULL OR pp.validTo >= :from)', {
        keys,
        from,
        to,
      })
      .orderBy('pp.key')
      .addOrderBy('pp.validFrom')
      .getMany();
  }

  /** The version of `key` that starts last, locked, so two new versions of one key are made one after the other. */
  latestForUpdate(manager: EntityManager, organizationId: string, key: PolicyParameterKey) {
    return this.scoped(organizationId, manager)
      .andWhere('pp.key = :key', { key })
      .orderBy('pp.validFrom', 'DESC')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }
}
