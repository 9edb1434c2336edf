import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import {
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
  type LanguageLevel,
  type LevelLanguage,
} from '../../persons/person.enums.js';
import {
  ASSESSMENT_METHODS,
  COURSE_KINDS,
  DUTCH_LEVELS,
  QUALIFICATION_EVALUATORS,
  RECOGNITION_STATUSES,
  REGULATED_PROFESSIONS,
  SKILL_LEVELS,
  type AssessmentMethod,
  type CourseKind,
  type DutchLevel,
  type QualificationEvaluator,
  type RecognitionStatus,
  type RegulatedProfession,
  type SkillLevel,
} from '../learning.enums.js';

const personId = () => IsUUID('all', { message: 'must be a person id' });

export class CreatePersonSkillDto {
  @ApiProperty() @personId() personId: string;
  @ApiProperty() @IsUUID('all', { message: 'must be a skill id' }) skillId: string;
  @ApiPropertyOptional({ enum: SKILL_LEVELS, enumName: 'SkillLevel', nullable: true })
  @IsOptional()
  @IsOneOf(SKILL_LEVELS)
  level?: SkillLevel | null;
  @ApiPropertyOptional({ default: false, description: 'Seen at work, a trial day or an internship, not only said' })
  @IsOptionalNotNull()
  @IsBoolean()
  shownInPractice?: boolean;
}
export class UpdatePersonSkillDto extends IntersectionType(
  PartialType(CreatePersonSkillDto, { skipNullProperties: false }),
  RecordMeta,
) {}

export class CreateQualificationDto {
  @ApiProperty() @personId() personId: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @ApiPropertyOptional({ nullable: true, description: 'Where it was obtained (ISO 3166 alpha-2, e.g. UA)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  country?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Field of study, in the sector words vacancies use' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string | null;
  @ApiPropertyOptional({ enum: QUALIFICATION_EVALUATORS, enumName: 'QualificationEvaluator', nullable: true })
  @IsOptional()
  @IsOneOf(QUALIFICATION_EVALUATORS)
  evaluatedBy?: QualificationEvaluator | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() evaluatedOn?: string | null;
  @ApiPropertyOptional({
    enum: DUTCH_LEVELS,
    enumName: 'DutchLevel',
    nullable: true,
    description: 'The Dutch level it was valued at',
  })
  @IsOptional()
  @IsOneOf(DUTCH_LEVELS)
  result?: DutchLevel | null;
  @ApiPropertyOptional({ enum: REGULATED_PROFESSIONS, enumName: 'RegulatedProfession', default: 'none' })
  @IsOptionalNotNull()
  @IsOneOf(REGULATED_PROFESSIONS)
  regulatedProfession?: RegulatedProfession;
  @ApiPropertyOptional({
    enum: RECOGNITION_STATUSES,
    enumName: 'RecognitionStatus',
    nullable: true,
    description: 'Only for a regulated profession (care under the BIG act, teaching)',
  })
  @IsOptional()
  @IsOneOf(RECOGNITION_STATUSES)
  recognitionStatus?: RecognitionStatus | null;
}
export class UpdateQualificationDto extends IntersectionType(
  PartialType(CreateQualificationDto, { skipNullProperties: false }),
  RecordMeta,
) {}

export class CreateLanguageAssessmentDto {
  @ApiProperty() @personId() personId: string;
  @ApiProperty({ enum: LEVEL_LANGUAGES, enumName: 'LevelLanguage' })
  @IsOneOf(LEVEL_LANGUAGES)
  language: LevelLanguage;
  @ApiProperty({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel' })
  @IsOneOf(LANGUAGE_LEVELS)
  level: LanguageLevel;
  @ApiProperty({ description: 'When it was assessed; not in the future' })
  @IsCalendarDate()
  assessedOn: string;
  @ApiProperty({ enum: ASSESSMENT_METHODS, enumName: 'AssessmentMethod', description: 'How it was assessed' })
  @IsOneOf(ASSESSMENT_METHODS)
  method: AssessmentMethod;
}
export class UpdateLanguageAssessmentDto extends IntersectionType(
  PartialType(CreateLanguageAssessmentDto, { skipNullProperties: false }),
  RecordMeta,
) {}

export class CreateCourseDto {
  @ApiProperty() @personId() personId: string;
  @ApiProperty({ enum: COURSE_KINDS, enumName: 'CourseKind' })
  @IsOneOf(COURSE_KINDS)
  kind: CourseKind;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) provider?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'For vocational training: the sector it trains for' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string | null;
  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be 0 to 60 hours' })
  @Max(60, { message: 'must be 0 to 60 hours' })
  hoursPerWeek?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @ApiPropertyOptional({ default: false }) @IsOptionalNotNull() @IsBoolean() completed?: boolean;
}
export class UpdateCourseDto extends IntersectionType(
  PartialType(CreateCourseDto, { skipNullProperties: false }),
  RecordMeta,
) {}
