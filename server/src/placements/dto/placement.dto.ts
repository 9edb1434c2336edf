import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SOURCES,
  type ContractType,
  type Fit,
  type PlacementStatus,
  type PlacementType,
  type Source,
} from '../placement.enums.js';
import { END_REASONS, type EndReason } from '../transitions.js';

export class CreatePlacementDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employer id' })
  employerId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: "The vacancy it fills; its employer is the placement's" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a vacancy id' })
  vacancyId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Defaults to the creator' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  matcherId?: string | null;
  @ApiProperty({ enum: PLACEMENT_TYPES, enumName: 'PlacementType' }) @IsOneOf(PLACEMENT_TYPES) type: PlacementType;
  @ApiPropertyOptional({ enum: CONTRACT_TYPES, enumName: 'ContractType', default: 'none' })
  @IsOptional()
  @IsOneOf(CONTRACT_TYPES)
  contractType?: ContractType;
  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 60 hours' })
  @Max(60, { message: 'must be 0 to 60 hours' })
  hoursPerWeek?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) sector?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) jobTitle?: string | null;
  @ApiPropertyOptional({ enum: FITS, enumName: 'Fit', nullable: true }) @IsOptional() @IsOneOf(FITS) fit?: Fit | null;
  @ApiPropertyOptional({
    enum: PLACEMENT_STATUSES,
    enumName: 'PlacementStatus',
    default: 'proposed',
    description:
      'Moves: proposed → started → extended → ended (or started → ended); back to the status before the last change undoes that change',
  })
  @IsOptional()
  @IsOneOf(PLACEMENT_STATUSES)
  status?: PlacementStatus;
  @ApiPropertyOptional({
    enum: END_REASONS,
    enumName: 'EndReason',
    nullable: true,
    description: 'Why it ended; required when a running placement moves to ended',
  })
  @IsOptional()
  @IsOneOf(END_REASONS)
  endReason?: EndReason | null;
  @ApiPropertyOptional({ enum: SOURCES, enumName: 'Source', nullable: true })
  @IsOptional()
  @IsOneOf(SOURCES)
  source?: Source | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description:
      'When the status changed; defaults to the start date (proposed → started), the end date (ended) or today; never before the last change or the start date',
  })
  @IsOptional()
  @IsCalendarDate()
  statusChangedOn?: string | null;
}

export class UpdatePlacementDto extends IntersectionType(
  PartialType(CreatePlacementDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only, derived; sent back by react-admin and ignored. */
  @IsOptional() longTerm?: unknown;
  @IsOptional() statusHistory?: unknown;
}
