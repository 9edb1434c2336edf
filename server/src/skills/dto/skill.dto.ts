import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { SKILL_KINDS, type SkillKind } from '../skill.enums.js';

/** An organisation's own skill: a Dutch name at least; an English or Ukrainian one when known (else the Dutch one). */
export class CreateSkillDto {
  @ApiProperty({ enum: SKILL_KINDS, enumName: 'SkillKind' }) @IsOneOf(SKILL_KINDS) kind: SkillKind;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) sector?: string | null;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) nameNl: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) nameUk?: string;
}

export class UpdateSkillDto extends IntersectionType(
  PartialType(CreateSkillDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only, sent back by react-admin. */
  @IsOptional() key?: unknown;
}
