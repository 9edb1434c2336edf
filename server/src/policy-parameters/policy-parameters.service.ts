import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { RecordMeta } from '../common/crud/record-meta.dto.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { POLICY_PARAMETER_KEY_UNITS, PolicyParameter } from './policy-parameter.entity.js';
import { PolicyParametersRepository } from './policy-parameters.repository.js';
import type { CreatePolicyParameterDto } from './dto/policy-parameter.dto.js';

/** The day before a calendar date (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Versions are only added: a change is a new version from a date after the
 * latest one's start, and the version it follows ends the day before (its
 * value stays, so past months keep their amounts). There is no update or
 * delete route; a mistake is corrected by a newer version.
 */
@Injectable()
export class PolicyParametersService extends CaseRecordService<PolicyParameter, CreatePolicyParameterDto, RecordMeta> {
  constructor(
    dataSource: DataSource,
    private readonly parameters: PolicyParametersRepository,
  ) {
    super(dataSource, parameters, 'Policy parameter');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreatePolicyParameterDto>,
    _existing: PolicyParameter | undefined,
    manager: EntityManager,
  ): Promise<Partial<PolicyParameter>> {
    const key = input.key!;
    const unit = POLICY_PARAMETER_KEY_UNITS[key];
    if (input.unit !== unit)
      throw fieldError('unit', 'not_allowed_value', `must be ${unit} for ${key}`, { values: unit });
    const validFrom = input.validFrom!;
    if (input.validTo && input.validTo < validFrom)
      throw fieldError('validTo', 'before_start_date', `cannot be before validFrom (${validFrom})`, {
        date: validFrom,
      });
    const latest = await this.parameters.latestForUpdate(manager, actor.organizationId, key);
    if (latest && validFrom <= latest.validFrom)
      throw fieldError(
        'validFrom',
        'not_after_latest_version',
        `must be after ${latest.validFrom}, the start of the latest version: versions are added, never replaced`,
        { date: latest.validFrom },
      );
    if (latest && (latest.validTo === null || latest.validTo >= validFrom)) {
      latest.validTo = dayBefore(validFrom);
      await this.parameters.save(manager, latest);
      await recordAudit(manager, actor, {
        action: 'update',
        resource: 'policy-parameters',
        recordId: latest.id,
        fields: ['validTo'],
      });
    }
    return {
      key,
      unit,
      value: input.value!,
      validFrom,
      validTo: input.validTo ?? null,
      sourceDocument: input.sourceDocument!.trim(),
      sourceParagraph: input.sourceParagraph?.trim() || null,
    };
  }
}
