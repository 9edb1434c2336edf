import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsStrongPassword } from '../../common/validation/password.validator.js';

export class LoginDto {
  @ApiProperty({ example: 'caseworker@openembassy.example' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(200)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({
    description:
      'Only when the same email and password open accounts in several organisations: the 409 lists them, this picks one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organizationId?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty()
  @IsString()
  @IsStrongPassword()
  newPassword: string;
}

/** Logout takes no fields; an empty class so that a body with any is a 422, not silently ignored. */
export class LogoutDto {}
