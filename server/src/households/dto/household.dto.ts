import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  HOUSEHOLD_STATUSES,
  PROTECTION_BASES,
  SHELTER_TYPES,
  TRACKS,
  type HouseholdStatus,
  type ProtectionBasis,
  type ShelterType,
  type Track,
} from '../household.enums.js';

export class CreateHouseholdDto {
  @ApiProperty({ example: 'ZS-014', description: 'Pseudonymous code, unique in the organisation' })
  @IsString()
  @IsNotBlank()
  @MaxLength(40)
  reference: string;

  @ApiProperty({ example: 'Zaanstad' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  municipality: string;

  @ApiProperty({ enum: SHELTER_TYPES, enumName: 'ShelterType' })
  @IsOneOf(SHELTER_TYPES)
  shelterType: ShelterType;

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  shelterEndDate?: string | null;

  @ApiProperty({ enum: PROTECTION_BASES, enumName: 'ProtectionBasis' })
  @IsOneOf(PROTECTION_BASES)
  protectionBasis: ProtectionBasis;

  @ApiPropertyOptional({ example: '2027-03-04', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  protectionEndDate?: string | null;

  @ApiPropertyOptional({ example: ['uk', 'ru'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  languages?: string[];

  @ApiProperty({ enum: TRACKS, enumName: 'Track' })
  @IsOneOf(TRACKS)
  track: Track;

  @ApiPropertyOptional({ enum: HOUSEHOLD_STATUSES, enumName: 'HouseholdStatus', default: 'active' })
  @IsOptional()
  @IsOneOf(HOUSEHOLD_STATUSES)
  status?: HouseholdStatus;

  @ApiPropertyOptional({ type: [String], description: 'Users of the same organisation' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be user ids' })
  assigneeIds?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Catering on site instead of eetgeld (food money)' })
  @IsOptional()
  @IsBoolean()
  catering?: boolean;
}

export class UpdateHouseholdDto extends IntersectionType(
  PartialType(CreateHouseholdDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only (kept by a trigger on `status`); sent back by edit forms, accepted and ignored. */
  @Allow() closedOn?: unknown;
}
