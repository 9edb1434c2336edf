import { Allow, IsInt, IsOptional, Min } from 'class-validator';

/**
 * What react-admin sends back on every PUT besides the editable fields. They
 * are accepted and ignored, except `version`, the optimistic lock.
 */
export class RecordMeta {
  @Allow()
  id?: unknown;

  @Allow()
  createdAt?: unknown;

  @Allow()
  updatedAt?: unknown;

  @Allow()
  organizationId?: unknown;

  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
