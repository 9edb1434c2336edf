import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { REFERRAL_STATUSES, type ReferralStatus } from '../referral.entity.js';

export class CreateReferralDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @ApiProperty() @IsUUID('all', { message: 'must be a partner organisation id' }) partnerOrganizationId: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() domainKey?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) reason?: string | null;
  @ApiPropertyOptional({ description: 'Defaults to today' }) @IsOptional() @IsCalendarDate() date?: string;
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', default: 'proposed' })
  @IsOptional()
  @IsOneOf(REFERRAL_STATUSES)
  status?: ReferralStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) outcome?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a breakthrough id' })
  breakthroughId?: string | null;
}

export class UpdateReferralDto extends IntersectionType(
  PartialType(CreateReferralDto, { skipNullProperties: false }),
  RecordMeta,
) {}
