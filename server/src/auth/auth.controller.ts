import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import type { Request } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission, Public } from '../common/auth/decorators.js';
import { ChangePasswordDto, LoginDto, LogoutDto } from './dto/auth.dto.js';
import { AuthService, toUserView } from './auth.service.js';
import { permissionsOf } from '../common/auth/permissions.js';
import { requestSession } from './sessions.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAnswer('LoginAnswer')
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.auth.login(body.email, body.password, req.ip ?? 'unknown', body.organizationId);
  }

  /** Ends this session: its token answers 401 from now on (others of the same user are untouched). */
  @ApiBearerAuth()
  @Post('logout')
  // Whoever may see their own account may end their own session.
  @Permission('account', 'show')
  @HttpCode(204)
  async logout(@Req() req: Request, @Body() _body: LogoutDto) {
    await this.auth.logout(requestSession(req));
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiAnswer('Me')
  @Permission('account', 'show')
  me(@Actor() actor: ActingUser) {
    // permissions: { [resource]: actions[] }, every resource of the table; the client shows and hides from this only.
    return { ...toUserView(actor), permissions: permissionsOf(actor.role) };
  }

  @ApiBearerAuth()
  @Post('change-password')
  @Permission('account', 'change-password')
  @HttpCode(204)
  async changePassword(@Actor() actor: ActingUser, @Body() body: ChangePasswordDto, @Req() req: Request) {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, req.ip ?? 'unknown');
  }
}
