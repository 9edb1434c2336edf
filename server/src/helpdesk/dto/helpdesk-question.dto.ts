import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { CHANNELS, type Channel } from '../../contact-logs/contact-log.entity.js';
import { HELPDESK_STATUSES, type HelpdeskStatus } from '../helpdesk-question.entity.js';

export class CreateHelpdeskQuestionDto {
  @ApiProperty() @IsDateString({ strict: true }, { message: 'must be a date and time (ISO 8601)' }) receivedAt: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsOneOf(CHANNELS) channel: Channel;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) language?: string | null;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(20000) question: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) answer?: string | null;
  @ApiPropertyOptional({
    description:
      'Question and answer hold no names or places: the research export may carry them. A changed text loses the mark.',
  })
  @IsOptional()
  @IsBoolean()
  clearedForResearch?: boolean;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(1440)
  minutes?: number | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  labelIds?: string[];
  @ApiPropertyOptional({ enum: HELPDESK_STATUSES, enumName: 'HelpdeskStatus' })
  @IsOptional()
  @IsOneOf(HELPDESK_STATUSES)
  status?: HelpdeskStatus;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a household id' })
  householdId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  answeredById?: string | null;
}

export class UpdateHelpdeskQuestionDto extends IntersectionType(
  PartialType(CreateHelpdeskQuestionDto, { skipNullProperties: false }),
  RecordMeta,
) {}
