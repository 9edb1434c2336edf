import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';

export class CreatePartnerOrganizationDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiPropertyOptional({ nullable: true, example: 'mental-health helpline' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  kind?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) contact?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(14)
  @IsString({ each: true })
  domainKeys?: string[];
}

export class UpdatePartnerOrganizationDto extends IntersectionType(
  PartialType(CreatePartnerOrganizationDto, { skipNullProperties: false }),
  RecordMeta,
) {}
