import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { CONSENT_METHODS, CONSENT_PURPOSES, type ConsentMethod, type ConsentPurpose } from '../consent.entity.js';

export class CreateConsentDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @ApiProperty({ enum: CONSENT_PURPOSES, enumName: 'ConsentPurpose' })
  @IsOneOf(CONSENT_PURPOSES)
  purpose: ConsentPurpose;
  @ApiPropertyOptional({ nullable: true, description: 'Required for sharing' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a partner organisation id' })
  partnerOrganizationId?: string | null;
  @ApiPropertyOptional({ description: 'Defaults to today' }) @IsOptional() @IsCalendarDate() givenOn?: string;
  @ApiProperty({ enum: CONSENT_METHODS, enumName: 'ConsentMethod' }) @IsOneOf(CONSENT_METHODS) givenHow: ConsentMethod;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() withdrawnOn?: string | null;
}

export class UpdateConsentDto extends IntersectionType(
  PartialType(CreateConsentDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only, sent back by react-admin. */
  @IsOptional() recordedById?: unknown;
  @IsOptional() active?: unknown;
}
