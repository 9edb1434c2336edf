import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError, notFound } from '../common/errors/app-error.js';
import { today } from '../common/time/today.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { PolicySignal, RAISED_STATUSES } from './policy-signal.entity.js';
import { PolicySignalsRepository } from './policy-signals.repository.js';
import type { AddSignalObstaclesDto, CreatePolicySignalDto, UpdatePolicySignalDto } from './dto/policy-signal.dto.js';

@Injectable()
export class PolicySignalsService extends CaseRecordService<
  PolicySignal,
  CreatePolicySignalDto,
  UpdatePolicySignalDto
> {
  constructor(
    dataSource: DataSource,
    private readonly signals: PolicySignalsRepository,
  ) {
    super(dataSource, signals, 'Policy signal');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePolicySignalDto> & { evidence?: unknown },
    existing: PolicySignal | undefined,
    manager: EntityManager,
  ) {
    const { obstacleIds, evidence: _e, ...rest } = input;
    const fields = { ...rest } as Partial<PolicySignal>;
    const status = input.status ?? existing?.status ?? 'open';
    const raisedWith = input.raisedWith !== undefined ? input.raisedWith : existing?.raisedWith;
    if (RAISED_STATUSES.includes(status)) {
      if (!raisedWith)
        throw fieldError('raisedWith', 'raised_with_required', 'a raised signal names whom it was raised with');
      const raisedOn = input.raisedOn !== undefined ? input.raisedOn : existing?.raisedOn;
      if (!raisedOn) fields.raisedOn = today();
    }
    if (obstacleIds) await this.assertSystemic(actor, obstacleIds, manager);
    return fields;
  }

  protected async afterSave(
    actor: ActingUser,
    signal: PolicySignal,
    input: Partial<CreatePolicySignalDto>,
    manager: EntityManager,
  ) {
    if (input.obstacleIds !== undefined)
      await this.signals.replaceObstacles(manager, actor.organizationId, signal.id, [...new Set(input.obstacleIds)]);
  }

  /** Extends a signal with more systemic obstacles in one step; those already linked stay. */
  addObstacles(actor: ActingUser, id: string, input: AddSignalObstaclesDto): Promise<PolicySignal> {
    return this.dataSource.transaction(async (manager) => {
      const signal = await this.signals.findOneInOrg(actor.organizationId, id, { manager, lock: true });
      if (!signal) throw notFound(this.label);
      const ids = [...new Set(input.obstacleIds.map((value) => value.toLowerCase()))];
      await this.assertSystemic(actor, ids, manager);
      const added = await this.signals.addObstacles(manager, actor.organizationId, signal.id, ids);
      if (added > 0) {
        await this.signals.touch(manager, signal.id);
        await recordAudit(manager, actor, {
          action: 'update',
          resource: 'policy-signals',
          recordId: signal.id,
          fields: ['obstacleIds'],
        });
      }
      return (await this.signals.findOneInOrg(actor.organizationId, id, { manager }))!;
    });
  }

  async suggestions(actor: ActingUser, id: string) {
    const signal = await this.signals.findOneInOrg(actor.organizationId, id);
    if (!signal) throw notFound(this.label);
    return this.signals.suggestions(actor.organizationId, signal.id);
  }

  private async assertSystemic(actor: ActingUser, obstacleIds: string[], manager: EntityManager) {
    const unique = [...new Set(obstacleIds.map((value) => value.toLowerCase()))];
    if (unique.length === 0) return;
    const systemic = await this.signals.countSystemicObstacles(actor.organizationId, unique, manager);
    if (systemic === unique.length) return;
    const found = await this.signals.countObstacles(actor.organizationId, unique, manager);
    if (found !== unique.length)
      throw fieldError('obstacleIds', 'record_missing', 'refers to obstacles that do not exist');
    throw fieldError('obstacleIds', 'obstacle_not_systemic', 'only systemic obstacles evidence a policy signal');
  }
}
