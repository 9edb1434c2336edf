import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength, isUUID } from 'class-validator';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { fieldError, forbidden, invalidQuery } from '../common/errors/app-error.js';
import { NotificationsService } from './notifications.service.js';

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Keys of notifications to mark read (others are ignored)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  keys?: string[];

  @ApiPropertyOptional({ description: 'true: mark every current notification read' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /**
   * What needs the caller today: their tasks due today and overdue, deadlines
   * of their households within a week, referrals answered, placements
   * assigned to them, coding samples waiting for them. Also the daily digest
   * a mail job sends (`unread=true`: only what they have not marked read):
   * an admin reads each user's with `userId` (a user of their own
   * organisation; audited), so the job needs no user's password.
   */
  @Get()
  @Permission('notifications', 'list')
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiQuery({
    name: 'userId',
    required: false,
    schema: { type: 'string', format: 'uuid' },
    description: "Admins only: that user's digest (an active user of the admin's organisation)",
  })
  @ApiAnswer('NotificationDigest')
  list(@Actor() actor: ActingUser, @Query('unread') unread?: unknown, @Query('userId') userId?: unknown) {
    if (unread !== undefined && unread !== 'true' && unread !== 'false')
      throw invalidQuery('unread must be true or false');
    if (userId === undefined) return this.notifications.digest(actor, unread === 'true');
    if (actor.role !== 'admin') throw forbidden("Only an admin may read another user's digest");
    if (typeof userId !== 'string' || !isUUID(userId)) throw invalidQuery('userId must be a user id, given once');
    return this.notifications.digestOf(actor, userId, unread === 'true');
  }

  @Post('read')
  @HttpCode(200)
  @Permission('notifications', 'mark-read')
  @ApiAnswer('MarkedRead')
  markRead(@Actor() actor: ActingUser, @Body() body: MarkNotificationsReadDto) {
    if (body.all === true) return this.notifications.markRead(actor, 'all');
    if (!body.keys?.length)
      throw fieldError('keys', 'required', 'name the notifications to mark read, or send all: true');
    return this.notifications.markRead(actor, body.keys);
  }
}
