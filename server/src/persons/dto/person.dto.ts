import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsCalendarDate,
  IsNotBlank,
  IsNotFutureYear,
  IsOneOf,
  IsOptionalNotNull,
} from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  DIPLOMA_EVALUATIONS,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_ROLES,
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
  type DiplomaEvaluation,
  type EducationLevel,
  type Gender,
  type HouseholdRole,
  type LanguageLevel,
} from '../person.enums.js';
import { PROTECTION_BASES, type ProtectionBasis } from '../../households/household.enums.js';

/** CEFR level per language the method asks about. */
export class LanguageLevelsDto {
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel', nullable: true })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  nl?: LanguageLevel | null;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel', nullable: true })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  en?: LanguageLevel | null;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel', nullable: true })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  uk?: LanguageLevel | null;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel', nullable: true })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  ru?: LanguageLevel | null;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel', nullable: true })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  other?: LanguageLevel | null;
}

export class CreatePersonDto {
  @ApiProperty()
  @IsUUID('all', { message: 'must be a household id' })
  householdId: string;

  @ApiProperty({ description: 'First name or pseudonym, any script' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  firstName: string;

  @ApiPropertyOptional({ nullable: true, example: 1988 })
  @IsOptional()
  @IsInt({ message: 'must be a whole year, e.g. 1988' })
  @Min(1900, { message: 'must be 1900 or later' })
  @Max(2100)
  @IsNotFutureYear()
  birthYear?: number | null;

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender', default: 'unknown' })
  @IsOptionalNotNull()
  @IsOneOf(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({ nullable: true, description: 'Arrival in the Netherlands' })
  @IsOptional()
  @IsCalendarDate()
  arrivedOn?: string | null;

  @ApiPropertyOptional({
    enum: PROTECTION_BASES,
    enumName: 'ProtectionBasis',
    nullable: true,
    description: "The person's own protection basis; null (the default) follows the household's",
  })
  @IsOptional()
  @IsOneOf(PROTECTION_BASES)
  protectionBasis?: ProtectionBasis | null;

  @ApiPropertyOptional({ nullable: true, description: "When a status holder's residence permit was granted" })
  @IsOptional()
  @IsCalendarDate()
  statusGrantedOn?: string | null;

  @ApiPropertyOptional({ enum: HOUSEHOLD_ROLES, enumName: 'HouseholdRole', nullable: true })
  @IsOptional()
  @IsOneOf(HOUSEHOLD_ROLES)
  householdRole?: HouseholdRole | null;

  @ApiPropertyOptional({
    example: { nl: 'A2', en: 'B1', uk: 'native' },
    nullable: true,
    type: 'object',
    description: 'A level per language (see LanguageLevelsDto)',
    properties: Object.fromEntries(LEVEL_LANGUAGES.map((l) => [l, { type: 'string', nullable: true }])),
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageLevelsDto)
  languageLevels?: LanguageLevelsDto | null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel', nullable: true })
  @IsOptional()
  @IsOneOf(EDUCATION_LEVELS)
  educationLevel?: EducationLevel | null;

  @ApiPropertyOptional({ enum: DIPLOMA_EVALUATIONS, enumName: 'DiplomaEvaluation', nullable: true })
  @IsOptional()
  @IsOneOf(DIPLOMA_EVALUATIONS)
  diplomaEvaluation?: DiplomaEvaluation | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  profession?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  experience?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  talents?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  ambitions?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  childcareNeed?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "When a matcher's support began" })
  @IsOptional()
  @IsCalendarDate()
  matchingSince?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    minimum: 0,
    maximum: 60,
    description: 'Hours a week the person wants to work',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 60 hours' })
  @Max(60, { message: 'must be 0 to 60 hours' })
  hoursWantedPerWeek?: number | null;
}

export class UpdatePersonDto extends IntersectionType(
  PartialType(CreatePersonDto, { skipNullProperties: false }),
  RecordMeta,
) {}
