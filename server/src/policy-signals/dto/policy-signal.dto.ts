import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  POLICY_AUDIENCES,
  POLICY_SIGNAL_STATUSES,
  POLICY_THEMES,
  type PolicyAudience,
  type PolicySignalStatus,
  type PolicyTheme,
} from '../policy-signal.entity.js';

export class CreatePolicySignalDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(300) title: string;
  @ApiPropertyOptional({ nullable: true, description: 'The problem in a few lines' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  problem?: string | null;
  @ApiProperty({ enum: POLICY_THEMES, enumName: 'PolicyTheme' }) @IsOneOf(POLICY_THEMES) theme: PolicyTheme;
  @ApiPropertyOptional({ type: [String], description: 'Systemic obstacles that evidence it' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be obstacle ids' })
  obstacleIds?: string[];
  @ApiPropertyOptional({ enum: POLICY_AUDIENCES, enumName: 'PolicyAudience', nullable: true })
  @IsOptional()
  @IsOneOf(POLICY_AUDIENCES)
  raisedWith?: PolicyAudience | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) raisedWithName?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Defaults to today when the status becomes raised' })
  @IsOptional()
  @IsCalendarDate()
  raisedOn?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) raisedHow?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) answer?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() answeredOn?: string | null;
  @ApiPropertyOptional({ enum: POLICY_SIGNAL_STATUSES, enumName: 'PolicySignalStatus' })
  @IsOptionalNotNull()
  @IsOneOf(POLICY_SIGNAL_STATUSES)
  status?: PolicySignalStatus;
}

export class UpdatePolicySignalDto extends IntersectionType(
  PartialType(CreatePolicySignalDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Computed from the links; sent back by edit forms, accepted and ignored. */
  @Allow() evidence?: unknown;
}

/** Adds systemic obstacles to a signal (the systemic-obstacles report's "extend a signal"). */
export class AddSignalObstaclesDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one obstacle' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be obstacle ids' })
  obstacleIds: string[];
}
