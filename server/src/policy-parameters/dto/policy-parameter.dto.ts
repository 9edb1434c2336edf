import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import {
  POLICY_PARAMETER_KEYS,
  POLICY_PARAMETER_UNITS,
  type PolicyParameterKey,
  type PolicyParameterUnit,
} from '../policy-parameter.entity.js';

/** A new version of a parameter, valid from `validFrom`; the previous version ends the day before. */
export class CreatePolicyParameterDto {
  @ApiProperty({ enum: POLICY_PARAMETER_KEYS, enumName: 'PolicyParameterKey' })
  @IsOneOf(POLICY_PARAMETER_KEYS)
  key: PolicyParameterKey;

  @ApiProperty({ example: 105 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000_000)
  value: number;

  @ApiProperty({ enum: POLICY_PARAMETER_UNITS, enumName: 'PolicyParameterUnit' })
  @IsOneOf(POLICY_PARAMETER_UNITS)
  unit: PolicyParameterUnit;

  @ApiProperty({ example: '2024-06-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ nullable: true, description: 'Last day it is valid; open when left out' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;

  @ApiProperty({ example: 'Kamerbrief 5 maart 2024, bijlage' })
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  sourceDocument: string;

  @ApiPropertyOptional({ nullable: true, example: 'Beoogde vormgeving eigen bijdrage' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sourceParagraph?: string | null;
}
