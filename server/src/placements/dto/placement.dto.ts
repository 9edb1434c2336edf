import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SIGNAL_KINDS,
  SOURCES,
  TWV_STATUSES,
  type ContractType,
  type SignalKind,
  type TwvStatus,
  type Fit,
  type PlacementStatus,
  type PlacementType,
  type Source,
} from '../placement.enums.js';
import { END_REASONS, type EndReason } from '../transitions.js';

/** One labour-rights signal; `id` and `referralId` are the server's (sent back unchanged by a form). */
export class LabourRightsSignalDto {
  @ApiPropertyOptional({ description: 'Set by the server; send it back to keep the signal' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a signal id' })
  id?: string;
  @ApiProperty({ enum: SIGNAL_KINDS, enumName: 'SignalKind' }) @IsOneOf(SIGNAL_KINDS) kind: SignalKind;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() date: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'What was done about it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  actionTaken?: string | null;
  @ApiPropertyOptional({ default: false, description: 'Reported to a partner: the server makes a referral to it' })
  @IsOptional()
  @IsBoolean()
  reported?: boolean;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The labour inspectorate or fair-work helpdesk (a partner organisation) it was reported to',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a partner organisation id' })
  partnerOrganizationId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Set by the server when the report made a referral',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a referral id' })
  referralId?: string | null;
}

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
  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 1000, description: 'Agreed gross hourly wage (euros)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be an amount in euros' })
  @Min(0, { message: 'must be 0 to 1000 euros' })
  @Max(1000, { message: 'must be 0 to 1000 euros' })
  hourlyWage?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    minimum: 0,
    maximum: 80,
    description: 'Hours actually worked per week, where they differ from hoursPerWeek',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 80 hours' })
  @Max(80, { message: 'must be 0 to 80 hours' })
  actualHoursPerWeek?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'When the employer notified UWV (temporary protection: before the start date)',
  })
  @IsOptional()
  @IsCalendarDate()
  uwvNotifiedOn?: string | null;
  @ApiPropertyOptional({
    enum: TWV_STATUSES,
    enumName: 'TwvStatus',
    description: 'Defaults to needed or not_needed by the protection basis and type of work',
  })
  @IsOptional()
  @IsOneOf(TWV_STATUSES)
  twvStatus?: TwvStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() twvAppliedOn?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'When the TWV was granted or refused' })
  @IsOptional()
  @IsCalendarDate()
  twvDecidedOn?: string | null;
  @ApiPropertyOptional({ type: [LabourRightsSignalDto], description: 'The whole list; a signal without id is new' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LabourRightsSignalDto)
  signals?: LabourRightsSignalDto[];
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
  @IsOptional() protectionBasis?: unknown;
  @IsOptional() workPermit?: unknown;
}
