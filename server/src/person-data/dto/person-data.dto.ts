import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOneOf } from '../../common/validation/validators.js';

/** Why data is erased: a code, never free text, so the audit trail holds nothing about the person. */
export const ERASURE_REASONS = [
  'data_subject_request',
  'consent_withdrawn',
  'no_longer_needed',
  'unlawful_processing',
  'retention_period',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export class ErasureDto {
  @ApiProperty({ enum: ERASURE_REASONS, enumName: 'ErasureReason' }) @IsOneOf(ERASURE_REASONS) reason: ErasureReason;
  @ApiProperty({
    description:
      "Typed by the person erasing, to confirm: the person's first name, or the household's reference (compared as typed, trimmed)",
  })
  @IsString()
  @MaxLength(200)
  confirmation: string;
}

export class RetentionErasureDto {
  @ApiProperty({
    type: [String],
    description: 'The households due that were shown and confirmed (GET /api/retention/due)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be household ids' })
  householdIds: string[];
  @ApiProperty({ description: 'The number of households, typed to confirm' })
  @IsString()
  @MaxLength(20)
  confirmation: string;
}

export class RetentionSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 600, description: 'Months after a household closed before its data is erased' })
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1)
  @Max(600)
  retentionMonths: number;
}
