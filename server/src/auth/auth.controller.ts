import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Public } from '../common/auth/decorators.js';
import { ChangePasswordDto, LoginDto, LogoutDto } from './dto/auth.dto.js';
import { AuthService, toUserView } from './auth.service.js';
import { requestSession } from './sessions.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.auth.login(body.email, body.password, req.ip ?? 'unknown', body.organizationId);
  }

  /** Ends this session: its token answers 401 from now on (others of the same user are untouched). */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Body() _body: LogoutDto) {
    await this.auth.logout(requestSession(req));
  }

  @ApiBearerAuth()
  @Get('me')
  me(@Actor() actor: ActingUser) {
    return toUserView(actor);
  }

  @ApiBearerAuth()
  @Post('change-password')
  @HttpCode(204)
  async changePassword(@Actor() actor: ActingUser, @Body() body: ChangePasswordDto, @Req() req: Request) {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, req.ip ?? 'unknown');
  }
}
