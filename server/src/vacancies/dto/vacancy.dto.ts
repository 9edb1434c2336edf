import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { CONTRACT_TYPES, type ContractType } from '../../placements/placement.enums.js';
import {
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
  type LanguageLevel,
  type LevelLanguage,
} from '../../persons/person.enums.js';
import { VACANCY_STATUSES, type VacancyStatus } from '../vacancy.enums.js';

export class CreateVacancyDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an employer id' }) employerId: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) sector?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) municipality?: string | null;
  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 60 hours' })
  @Max(60, { message: 'must be 0 to 60 hours' })
  hoursPerWeek?: number | null;
  @ApiPropertyOptional({ enum: CONTRACT_TYPES, enumName: 'ContractType', default: 'none' })
  @IsOptionalNotNull()
  @IsOneOf(CONTRACT_TYPES)
  contractType?: ContractType;
  @ApiPropertyOptional({
    enum: LEVEL_LANGUAGES,
    enumName: 'LevelLanguage',
    nullable: true,
    description: 'The language the work needs; with `languageLevel`',
  })
  @IsOptional()
  @IsOneOf(LEVEL_LANGUAGES)
  language?: LevelLanguage | null;
  @ApiPropertyOptional({
    enum: LANGUAGE_LEVELS,
    enumName: 'LanguageLevel',
    nullable: true,
    description: 'The level needed of `language`',
  })
  @IsOptional()
  @IsOneOf(LANGUAGE_LEVELS)
  languageLevel?: LanguageLevel | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Skills the work asks for' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be skill ids' })
  skillIds?: string[];
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, enumName: 'VacancyStatus', default: 'open' })
  @IsOptionalNotNull()
  @IsOneOf(VACANCY_STATUSES)
  status?: VacancyStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
}

export class UpdateVacancyDto extends IntersectionType(
  PartialType(CreateVacancyDto, { skipNullProperties: false }),
  RecordMeta,
) {}
