import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { listResponse } from '../common/http/list-response.js';
import { notFound } from '../common/errors/app-error.js';
import { isUuid } from '../common/validation/uuid.js';
import { ErasureDto, RetentionErasureDto, RetentionSettingsDto } from './dto/person-data.dto.js';
import { PersonDataService } from './person-data.service.js';

/** A person's rights over their data (GDPR art. 15, 17, 20) and the retention period. */
@ApiTags('person-data')
@ApiBearerAuth()
@Controller()
export class PersonDataController {
  constructor(private readonly personData: PersonDataService) {}

  @Get('persons/:id/export')
  @ApiAnswer('PersonExport', { description: 'Everything held about the person, as one JSON document' })
  @Permission('person-data', 'export')
  async exportPerson(@Actor() actor: ActingUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    if (!isUuid(id)) throw notFound('Person');
    const document = await this.personData.exportPerson(actor, id);
    res.setHeader('Content-Disposition', `attachment; filename="person-${id}.json"`);
    return document;
  }

  @Post('persons/:id/erasure')
  @HttpCode(200)
  @ApiAnswer('ErasureAnswer')
  @Permission('person-data', 'erase')
  erasePerson(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: ErasureDto) {
    if (!isUuid(id)) throw notFound('Person');
    return this.personData.erasePerson(actor, id, body.reason, body.confirmation);
  }

  @Post('households/:id/erasure')
  @HttpCode(200)
  @ApiAnswer('ErasureAnswer')
  @Permission('person-data', 'erase')
  eraseHousehold(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: ErasureDto) {
    if (!isUuid(id)) throw notFound('Household');
    return this.personData.eraseHousehold(actor, id, body.reason, body.confirmation);
  }

  @Get('retention/due')
  @ApiAnswer('RetentionDue', { list: true, description: 'Households past the retention period, not erased yet' })
  @Permission('retention', 'list')
  async due(@Actor() actor: ActingUser, @Res({ passthrough: true }) res: Response) {
    const rows = await this.personData.due(actor.organizationId);
    return listResponse(res, 'retention', { rows, total: rows.length, range: [0, Math.max(rows.length - 1, 0)] });
  }

  @Post('retention/erasure')
  @HttpCode(200)
  @ApiAnswer('RetentionErasureAnswer')
  @Permission('retention', 'erase')
  eraseDue(@Actor() actor: ActingUser, @Body() body: RetentionErasureDto) {
    return this.personData.eraseDue(actor, body.householdIds, body.confirmation);
  }

  @Get('retention/settings')
  @ApiAnswer('RetentionSettings')
  @Permission('retention', 'list')
  settings(@Actor() actor: ActingUser) {
    return this.personData.retentionSettings(actor);
  }

  @Put('retention/settings')
  @ApiAnswer('RetentionSettings')
  @Permission('retention', 'settings')
  updateSettings(@Actor() actor: ActingUser, @Body() body: RetentionSettingsDto) {
    return this.personData.updateRetentionSettings(actor, body.retentionMonths);
  }
}
