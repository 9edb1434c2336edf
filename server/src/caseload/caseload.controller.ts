import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { CaseloadRepository } from './caseload.repository.js';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller()
export class CaseloadController {
  constructor(private readonly caseload: CaseloadRepository) {}

  /** The current user's households, soonest deadline first. */
  @Get('caseload')
  @ApiAnswer('CaseloadRow', { list: true, description: 'Soonest deadline first' })
  @Permission('caseload', 'list')
  list(@Actor() actor: ActingUser) {
    return this.caseload.caseload(actor.organizationId, actor.id);
  }

  /** What comes up in the next `weeks` (default 8): shelter and protection ends, contract ends. */
  @Get('deadlines')
  @Permission('caseload', 'deadlines')
  @ApiQuery({ name: 'weeks', required: false, schema: { type: 'integer', minimum: 1, maximum: 104, default: 8 } })
  @ApiQuery({
    name: 'mine',
    required: false,
    enum: ['true', 'false'],
    description: 'true: only households assigned to me',
  })
  @ApiAnswer('Deadline', { list: true, description: 'Soonest first' })
  deadlines(@Actor() actor: ActingUser, @Query('weeks') weeks?: string, @Query('mine') mine?: string) {
    // Digits only: Number() would also read 0x10, 1e1 and 8.0.
    const n = weeks === undefined ? 8 : /^\d{1,3}$/.test(String(weeks)) ? Number(weeks) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 104) throw invalidQuery('weeks must be a whole number from 1 to 104');
    if (mine !== undefined && mine !== 'true' && mine !== 'false') throw invalidQuery('mine must be true or false');
    return this.caseload.deadlines(actor.organizationId, n, mine === 'true' ? actor.id : null);
  }
}
