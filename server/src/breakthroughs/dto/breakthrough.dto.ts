import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsNotBlank } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';

export class CreateBreakthroughDto {
  @ApiProperty()
  @IsUUID('all', { message: 'must be a household id' })
  householdId: string;

  @ApiProperty()
  @IsCalendarDate()
  date: string;

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

  @ApiProperty({ type: [String], description: 'Obstacles it removes (one or more, same household)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be obstacle ids' })
  obstacleIds?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'Partner organisation, buddy, employer' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  partner?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: "The partner organisation's record (instead of or besides the free text)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a partner organisation id' })
  partnerOrganizationId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 250.0 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be an amount in euros with at most 2 decimals' })
  @Min(0)
  @Max(99999999)
  costEur?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  outcome?: string | null;

  @ApiPropertyOptional({ default: true, description: 'Set the newly linked obstacles to resolved (on this date)' })
  @IsOptional()
  @IsBoolean()
  resolveObstacles?: boolean;
}

export class UpdateBreakthroughDto extends IntersectionType(
  PartialType(CreateBreakthroughDto, { skipNullProperties: false }),
  RecordMeta,
) {}
