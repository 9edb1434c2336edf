import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOneOf, IsOptionalNotNull } from '../../common/validation/validators.js';
import { IsStrongPassword } from '../../common/validation/password.validator.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { ROLES, type Role } from '../../auth/roles.js';

export class CreateUserDto {
  @ApiProperty({ example: 'caseworker@example.org' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(200)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  fullName: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsOneOf(ROLES)
  role: Role;

  @ApiProperty({ description: 'At least 10 characters, letters and a digit or symbol' })
  @IsString()
  @IsStrongPassword()
  password: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto extends IntersectionType(
  PartialType(OmitType(CreateUserDto, ['password'] as const), { skipNullProperties: false }),
  RecordMeta,
) {
  @ApiPropertyOptional({ description: 'Set a new password for the user' })
  // null is no password to hash (it was a 500); leaving the field out keeps the password.
  @IsOptionalNotNull()
  @IsString()
  @IsStrongPassword()
  password?: string;
}
