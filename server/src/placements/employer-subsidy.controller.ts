import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { PlacementsService } from './placements.service.js';

/** The employer subsidy for status holders (letter 004), read from the employer's placements. */
@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployerSubsidyController {
  constructor(private readonly placements: PlacementsService) {}

  /** Per placement with the employer, which conditions it meets, and what the employer may claim. */
  @Get(':id/subsidy')
  @ApiAnswer('EmployerSubsidy')
  @Permission('employers', 'show')
  subsidy(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.placements.employerSubsidy(actor, id);
  }
}
