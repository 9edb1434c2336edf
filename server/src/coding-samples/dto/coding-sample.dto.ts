import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNotBlank } from '../../common/validation/validators.js';

export class CreateCodingSampleDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @ApiProperty({ minimum: 1, maximum: 500 }) @IsInt() @Min(1) @Max(500) size: number;
  @ApiProperty() @IsUUID('all', { message: 'must be a user id' }) firstCoderId: string;
  @ApiProperty() @IsUUID('all', { message: 'must be a user id' }) secondCoderId: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class CodingDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  labelIds: string[];
}
