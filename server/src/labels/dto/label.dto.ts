import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';

export class LabelNameDto {
  @IsOptional() @IsString() @MaxLength(100) nl?: string;
  @IsOptional() @IsString() @MaxLength(100) en?: string;
  @IsOptional() @IsString() @MaxLength(100) uk?: string;
}

export class CreateLabelDto {
  @ApiProperty({ example: { nl: 'Werk', en: 'Work', uk: 'Робота' } })
  @ValidateNested()
  @Type(() => LabelNameDto)
  name: LabelNameDto;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a label id' }) parentId?:
    string | null;
  @ApiPropertyOptional({ nullable: true, example: '#1976d2' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #1976d2' })
  color?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) definition?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() domainKey?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() archived?: boolean;
}

export class UpdateLabelDto extends IntersectionType(
  PartialType(CreateLabelDto, { skipNullProperties: false }),
  RecordMeta,
) {
  @IsOptional() mergedIntoId?: unknown;
}

export class MergeLabelDto {
  @ApiProperty({ description: 'The label that survives' })
  @IsUUID('all', { message: 'must be a label id' })
  intoId: string;
}
