import type { EntityManager } from 'typeorm';
import type { PolicyParameterKey } from './policy-parameter.entity.js';

/**
 * The values of an organisation's policy parameters valid on `date`, for
 * rules in other modules (the weekly hours limit, the employer subsidy),
 * in one statement; a key without a version valid then is absent.
 */
export async function parameterValuesOn(
  manager: EntityManager,
  organizationId: string,
  keys: readonly PolicyParameterKey[],
  date: string,
): Promise<Partial<Record<PolicyParameterKey, { value: number; sourceDocument: string | null }>>> {
  const rows = await manager.query<{ key: PolicyParameterKey; value: string; source: string | null }[]>(
    `SELECT key, value, source_document AS source FROM policy_parameters
      WHERE organization_id = $1 AND key = ANY($2) AND valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $3::date)
        AND deleted_at IS NULL`,
    [organizationId, keys, date],
  );
  return Object.fromEntries(rows.map((r) => [r.key, { value: Number(r.value), sourceDocument: r.source }]));
}
