import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { ACTIVITY_TYPES, type ActivityType } from '../activity.entity.js';

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_TYPES, enumName: 'ActivityType' }) @IsOneOf(ACTIVITY_TYPES) type: ActivityType;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(300) title: string;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() date: string;
  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be 1 to 1440 minutes' })
  @Max(1440, { message: 'must be 1 to 1440 minutes' })
  durationMinutes: number;
  @ApiPropertyOptional({ description: 'Online (true) or on site (false, the default: then municipality is required)' })
  @IsOptionalNotNull()
  @IsBoolean()
  online?: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) municipality?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Who organised it; empty: this organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organiser?: string | null;
  @ApiPropertyOptional({ nullable: true, description: "The organiser's time in minutes (preparation and delivery)" })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(100000)
  organiserMinutes?: number | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be partner organisation ids' })
  partnerOrganizationIds?: string[];
  @ApiPropertyOptional({ type: [String], example: ['nl', 'uk'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  languages?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(50000) notes?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  labelIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Persons known to the organisation who attended' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true, message: 'must be person ids' })
  personIds?: string[];
  @ApiPropertyOptional({ minimum: 0, description: 'Other attendees, counted only' })
  @IsOptionalNotNull()
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(1000000)
  anonymousCount?: number;
}

export class UpdateActivityDto extends IntersectionType(
  PartialType(CreateActivityDto, { skipNullProperties: false }),
  RecordMeta,
) {}
