import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { PLAN_STATUSES, type PlanStatus } from '../plan.enums.js';

export class CreatePerspectivePlanDto {
  @ApiProperty()
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @ApiPropertyOptional({ description: "The person's own words: where do you want to be in a year?" })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  perspective?: string;

  @ApiPropertyOptional({
    example: { work: 'Work as a psychologist again', language_communication: 'Dutch B1' },
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Goal text per integration domain key',
  })
  @IsOptional()
  @IsObject({ message: 'must be an object keyed by domain key' })
  goals?: Record<string, string>;

  @ApiPropertyOptional({ enum: PLAN_STATUSES, enumName: 'PlanStatus', default: 'draft' })
  @IsOptional()
  @IsOneOf(PLAN_STATUSES)
  status?: PlanStatus;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  nextReviewDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;
}

export class UpdatePerspectivePlanDto extends IntersectionType(
  PartialType(CreatePerspectivePlanDto, { skipNullProperties: false }),
  RecordMeta,
) {}

export class CreateReviewDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;

  @ApiPropertyOptional({ description: 'Defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  reviewedOn?: string;
}
