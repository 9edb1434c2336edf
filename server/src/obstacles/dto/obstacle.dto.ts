import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { OBSTACLE_STATUSES, SEVERITIES, type ObstacleStatus, type Severity } from '../obstacle.enums.js';

export class CreateObstacleDto {
  @ApiPropertyOptional({ nullable: true, description: 'The plan it belongs to; sets the person' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a plan id' })
  planId?: string | null;

  @ApiPropertyOptional({ description: 'Required without planId' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  personId?: string;

  @ApiProperty({ example: 'housing' })
  @IsString()
  domainKey: string;

  @ApiProperty()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiPropertyOptional({ enum: SEVERITIES, enumName: 'Severity', default: 'medium' })
  @IsOptional()
  @IsOneOf(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: OBSTACLE_STATUSES, enumName: 'ObstacleStatus', default: 'open' })
  @IsOptional()
  @IsOneOf(OBSTACLE_STATUSES)
  status?: ObstacleStatus;

  @ApiPropertyOptional({ description: 'Defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  identifiedOn?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  resolvedOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  systemic?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  systemicNote?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'The obstacles this one blocks (same household)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be obstacle ids' })
  blocksIds?: string[];
}

export class UpdateObstacleDto extends IntersectionType(
  PartialType(CreateObstacleDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only; sent back by react-admin and ignored. */
  @IsOptional()
  blockedByIds?: unknown;

  @IsOptional()
  activeBlocksIds?: unknown;

  @IsOptional()
  activeBlockedByIds?: unknown;

  @IsOptional()
  householdId?: unknown;
}
