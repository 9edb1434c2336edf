import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Max,
  Min,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';

/** A column by the field it shows, as a list names it (`reference`, `household.reference`, `assigneeIds`). */
const COLUMN_SOURCE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export class SavedViewSortDto {
  @ApiProperty({ example: 'reference' }) @IsString() @IsNotBlank() @MaxLength(100) field: string;
  @ApiProperty({ enum: ['ASC', 'DESC'], enumName: 'SortOrder' }) @IsIn(['ASC', 'DESC']) order: 'ASC' | 'DESC';
}

export class CreateSavedViewDto {
  @ApiProperty({ description: 'The list (`persons`) or report (`reports/obstacles`) the view belongs to' })
  @IsString()
  @MaxLength(100)
  resource: string;

  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(100) name: string;

  @ApiPropertyOptional({ description: 'Offered to everyone in the organisation' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { status: 'active' },
    description:
      "The list's filter, as it sends it: only the list's own filter keys (its `filter` parameter), each with a " +
      'value that list takes; a report view holds text, numbers, yes/no or lists of those. Another key or value is a 422.',
  })
  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The sort the list opens with: a field of the list and its order',
    allOf: [
      {
        type: 'object',
        required: ['field', 'order'],
        properties: {
          field: { type: 'string', minLength: 1, maxLength: 100, example: 'reference' },
          order: { $ref: '#/components/schemas/SortOrder' },
        },
      },
    ],
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SavedViewSortDto)
  sort?: SavedViewSortDto | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', pattern: COLUMN_SOURCE.source, maxLength: 100 },
    uniqueItems: true,
    maxItems: 50,
    nullable: true,
    example: ['reference', 'municipality', 'status'],
    description:
      "The list's shown columns in order, each by the field it shows (its `source`); null: the list's own choice",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @Matches(COLUMN_SOURCE, { each: true, message: 'each column must be the field it shows, e.g. household.reference' })
  columns?: string[] | null;

  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 1000, description: 'Rows per page' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  perPage?: number | null;
}

export class UpdateSavedViewDto extends IntersectionType(
  PartialType(CreateSavedViewDto, { skipNullProperties: false }),
  RecordMeta,
) {}
