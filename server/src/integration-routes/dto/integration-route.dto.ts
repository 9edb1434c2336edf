import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  INTEGRATION_PART_STATUSES,
  INTEGRATION_ROUTE_KINDS,
  type IntegrationPartStatus,
  type IntegrationRouteKind,
} from '../integration-route.enums.js';

const partStatus = { enum: INTEGRATION_PART_STATUSES, enumName: 'IntegrationPartStatus', default: 'not_started' };

export class CreateIntegrationRouteDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;

  @ApiProperty({ enum: INTEGRATION_ROUTE_KINDS, enumName: 'IntegrationRouteKind' })
  @IsOneOf(INTEGRATION_ROUTE_KINDS)
  route: IntegrationRouteKind;

  @ApiProperty({ example: '2026-03-01' }) @IsCalendarDate() startDate: string;

  @ApiPropertyOptional({ description: 'Defaults to three years after the start date' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;

  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 60 hours' })
  @Max(60, { message: 'must be 0 to 60 hours' })
  lessonHoursPerWeek?: number | null;

  @ApiPropertyOptional(partStatus)
  @IsOptional()
  @IsOneOf(INTEGRATION_PART_STATUSES)
  languageStatus?: IntegrationPartStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() languageStartedOn?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() languageCompletedOn?: string | null;

  @ApiPropertyOptional(partStatus)
  @IsOptional()
  @IsOneOf(INTEGRATION_PART_STATUSES)
  societyKnowledgeStatus?: IntegrationPartStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() societyKnowledgeStartedOn?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() societyKnowledgeCompletedOn?: string | null;

  @ApiPropertyOptional(partStatus)
  @IsOptional()
  @IsOneOf(INTEGRATION_PART_STATUSES)
  labourMarketModuleStatus?: IntegrationPartStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() labourMarketModuleStartedOn?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  labourMarketModuleCompletedOn?: string | null;

  @ApiPropertyOptional(partStatus)
  @IsOptional()
  @IsOneOf(INTEGRATION_PART_STATUSES)
  participationStatementStatus?: IntegrationPartStatus;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  participationStatementStartedOn?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  participationStatementCompletedOn?: string | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) notes?: string | null;
}

export class UpdateIntegrationRouteDto extends IntersectionType(
  PartialType(CreateIntegrationRouteDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only, sent back by react-admin. */
  @IsOptional() unfinishedParts?: unknown;
}
