import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOneOf } from '../../common/validation/validators.js';
import { IMPORT_KINDS, type ImportKind } from '../import-kinds.js';

/** The multipart form's text field beside `file`. */
export class UploadImportDto {
  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind' }) @IsOneOf(IMPORT_KINDS) kind: ImportKind;
}

export class SetUpImportDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Field → the column it is read from (a column of the upload); unmapped fields are left alone',
  })
  @IsObject()
  mapping: Record<string, string>;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description: "A column whose value identifies a row's record across imports; absent: the kind's own key",
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  matchBy?: string | null;

  @ApiPropertyOptional({ description: 'true: one failed row and nothing is imported', default: false })
  @IsOptional()
  @IsBoolean()
  allOrNothing?: boolean;
}
