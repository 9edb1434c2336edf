import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { SHELTER_TYPES, type ShelterType } from '../../households/household.enums.js';

export class CreateShelterMoveDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a household id' }) householdId: string;

  @ApiProperty({ example: '2026-02-03', description: 'The day of the move; not in the future' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({
    enum: SHELTER_TYPES,
    enumName: 'ShelterType',
    description: "Defaults to the household's shelter type before the move",
  })
  @IsOptionalNotNull()
  @IsOneOf(SHELTER_TYPES)
  fromShelterType?: ShelterType;

  @ApiProperty({ enum: SHELTER_TYPES, enumName: 'ShelterType' })
  @IsOneOf(SHELTER_TYPES)
  toShelterType: ShelterType;

  @ApiPropertyOptional({ nullable: true, example: 'Hotel Zaandam' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fromPlace?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Flexwoningen Nijmegen-Noord' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  toPlace?: string | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 365, description: 'Days of notice before the move' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(0, { message: 'must be 0 to 365 days' })
  @Max(365, { message: 'must be 0 to 365 days' })
  noticeDays?: number | null;

  @ApiPropertyOptional({ default: false, description: 'Decided for the household, not chosen by it' })
  @IsOptionalNotNull()
  @IsBoolean()
  forced?: boolean;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string | null;
}

export class UpdateShelterMoveDto extends IntersectionType(
  PartialType(CreateShelterMoveDto, { skipNullProperties: false }),
  RecordMeta,
) {}
