import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
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
