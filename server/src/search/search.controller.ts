import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { Permission } from '../common/auth/decorators.js';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { SearchRepository } from './search.repository.js';

/** The longest query searched: names, references and a few words of a note. */
export const MAX_QUERY_LENGTH = 100;

@ApiTags('search')
@ApiBearerAuth()
@Controller()
export class SearchController {
  constructor(private readonly searchRepository: SearchRepository) {}

  /**
   * Households by reference, persons by name, employers, partner
   * organisations, obstacles, placements and contact logs by their text:
   * accents and case do not matter, part of a word is enough (3 characters
   * at least; fewer find nothing). Only what the caller may list.
   */
  @Get('search')
  @Permission('search', 'list')
  @ApiQuery({ name: 'q', required: true, schema: { type: 'string', maxLength: MAX_QUERY_LENGTH } })
  @ApiAnswer('SearchAnswer', {
    description: 'Per kind the caller may list, the best matches first; empty kinds left out',
  })
  async search(@Actor() actor: ActingUser, @Query('q') q?: unknown) {
    if (typeof q !== 'string') throw invalidQuery('q must be given once, as text');
    // No NUL (PostgreSQL refuses it in text) and no unpaired surrogate (not text at all).
    if (/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(q))
      throw invalidQuery('q must be text without NUL characters');
    if (q.length > MAX_QUERY_LENGTH) throw invalidQuery(`q must be at most ${MAX_QUERY_LENGTH} characters`);
    const query = q.trim();
    const groups = query.length < 3 ? [] : await this.searchRepository.search(actor, query);
    return { q: query, groups };
  }
}
