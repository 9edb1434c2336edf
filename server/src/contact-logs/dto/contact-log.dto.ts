import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { CHANNELS, type Channel } from '../contact-log.entity.js';

export class CreateContactLogDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a household id' }) householdId: string;
  @ApiProperty({ type: [String], description: 'Members present: one or more' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one member who was present' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be person ids' })
  personIds: string[];
  @ApiProperty({ example: '2026-11-20T10:30:00+01:00' })
  @IsDateString({ strict: true }, { message: 'must be a date and time (ISO 8601)' })
  occurredAt: string;
  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be 1 to 1440 minutes' })
  @Max(1440, { message: 'must be 1 to 1440 minutes' })
  minutes: number;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsOneOf(CHANNELS) channel: Channel;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) language?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Defaults to the creator' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  authorId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50000) note?: string;
  @ApiPropertyOptional({
    description: 'The note holds no names or places: the research export may carry it. A changed note loses the mark.',
  })
  @IsOptional()
  @IsBoolean()
  clearedForResearch?: boolean;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  labelIds?: string[];
  @ApiPropertyOptional({
    description: '{labelId: minutes}; must add up to minutes',
    nullable: true,
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  labelMinutes?: Record<string, number> | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be obstacle ids' })
  obstacleIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Breakthroughs this contact concerns (same household)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be breakthrough ids' })
  breakthroughIds?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() followUpOn?: string | null;
}

export class UpdateContactLogDto extends IntersectionType(
  PartialType(CreateContactLogDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only (derived from the labels); sent back by edit forms, accepted and ignored. */
  @Allow() labelled?: unknown;
  /** Sent back by forms with the record; computed per reader, never stored. */
  @Allow() noteWithheld?: unknown;
}

export { BulkLabelsDto } from '../../labels/bulk-labels.js';
