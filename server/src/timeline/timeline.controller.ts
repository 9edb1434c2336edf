import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { invalidQuery, notFound } from '../common/errors/app-error.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { TIMELINE_TYPES, TimelineRepository, type TimelineType } from './timeline.repository.js';

@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class TimelineController {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly households: HouseholdsRepository,
  ) {}

  /** Everything that happened in a household, newest first; `types` filters (comma-separated). */
  @Get(':id/timeline')
  @Permission('households', 'timeline')
  @ApiQuery({
    name: 'types',
    required: false,
    description: `Comma-separated, of: ${TIMELINE_TYPES.join(', ')} (all when absent)`,
    schema: { type: 'string' },
  })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 2000, default: 500 } })
  @ApiAnswer('TimelineEntry', { list: true, description: 'Newest first' })
  async get(
    @Actor() actor: ActingUser,
    @Param('id') id: string,
    @Query('types') types?: string,
    @Query('limit') limit?: string,
  ) {
    const wanted = (
      types
        ? types
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : [...TIMELINE_TYPES]
    ) as TimelineType[];
    const unknown = wanted.filter((t) => !TIMELINE_TYPES.includes(t));
    if (unknown.length)
      throw invalidQuery(`unknown timeline types: ${unknown.join(', ')}; known: ${TIMELINE_TYPES.join(', ')}`);
    const n = limit === undefined ? 500 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 2000) throw invalidQuery('limit must be a whole number from 1 to 2000');
    const household = await this.households.findOneInOrg(actor.organizationId, id);
    if (!household) throw notFound('Household');
    return wanted.length
      ? this.timeline.forHousehold(
          actor.organizationId,
          household.id,
          wanted,
          n,
          actor.role === 'researcher' ? actor.id : null,
        )
      : [];
  }
}
