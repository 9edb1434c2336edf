import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { TRACKS, type Track } from '../../households/household.enums.js';

export class ResearchExportFilterDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day of the period (dated records: logs, questions, conversations, reviews, breakthroughs)',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Last day of the period' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
  @ApiPropertyOptional({ description: "The households' municipality (case-insensitive)" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;
  @ApiPropertyOptional({ enum: TRACKS, enumName: 'Track' }) @IsOptional() @IsOneOf(TRACKS) track?: Track;
}

export class CreateResearchExportDto {
  @ApiPropertyOptional({ type: ResearchExportFilterDto, description: 'Period, municipality, track; none: everything' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResearchExportFilterDto)
  filter?: ResearchExportFilterDto;
}
