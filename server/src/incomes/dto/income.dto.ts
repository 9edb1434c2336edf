import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { INCOME_SOURCES, type IncomeSource } from '../income.entity.js';

export class CreateIncomeDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;

  @ApiProperty({ enum: INCOME_SOURCES, enumName: 'IncomeSource' })
  @IsOneOf(INCOME_SOURCES)
  source: IncomeSource;

  @ApiProperty({ example: 1850, description: 'Gross per month, in euros' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  amount: number;

  @ApiProperty({ example: '2024-06-01' }) @IsCalendarDate() from: string;

  @ApiPropertyOptional({ nullable: true, description: 'Last day of the income; open when left out' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}

export class UpdateIncomeDto extends IntersectionType(
  PartialType(CreateIncomeDto, { skipNullProperties: false }),
  RecordMeta,
) {}
