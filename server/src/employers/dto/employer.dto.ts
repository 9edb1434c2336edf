import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { EMPLOYER_STATUSES, type EmployerStatus } from '../employer.entity.js';

export class CreateEmployerDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) sector?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) city?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) contactName?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) contactPhone?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
  @ApiPropertyOptional({ enum: EMPLOYER_STATUSES, enumName: 'EmployerStatus' })
  @IsOptional()
  @IsOneOf(EMPLOYER_STATUSES)
  status?: EmployerStatus;
}

export class UpdateEmployerDto extends IntersectionType(
  PartialType(CreateEmployerDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only counts sent back by react-admin. */
  @IsOptional() placementsCount?: unknown;
  @IsOptional() conversationsCount?: unknown;
}
