import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { listResponse } from '../common/http/list-response.js';
import { CreateResearchExportDto } from './dto/research-export.dto.js';
import { ResearchExportsService } from './research-exports.service.js';

/** Rotating takes no fields: an unknown one, or a body that is no object, is refused like anywhere else. */
class NoBodyDto {}

@ApiTags('research-exports')
@ApiBearerAuth()
@Controller('research-exports')
export class ResearchExportsController {
  constructor(private readonly exports: ResearchExportsService) {}

  @Get()
  @ApiAnswer('ResearchExport', { list: true })
  @Permission('research-exports', 'list')
  async list(@Actor() actor: ActingUser, @Res({ passthrough: true }) res: Response) {
    const rows = await this.exports.list(actor);
    return listResponse(res, 'research-exports', {
      rows,
      total: rows.length,
      range: [0, Math.max(rows.length - 1, 0)],
    });
  }

  /** Starts an export; it runs once this request has committed (poll `GET /:id`). */
  @Post()
  @ApiAnswer('ResearchExport', { status: 201 })
  @Permission('research-exports', 'create')
  async create(
    @Actor() actor: ActingUser,
    @Body() body: CreateResearchExportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const created = await this.exports.create(actor, body.filter ?? {});
    res.once('finish', () => {
      if (res.statusCode < 300) this.exports.start(actor, created.id);
    });
    return created;
  }

  @Post('rotate-key')
  @ApiAnswer('PseudonymKey', { status: 201 })
  @Permission('research-exports', 'rotate-key')
  rotateKey(@Actor() actor: ActingUser, @Body() _body: NoBodyDto) {
    return this.exports.rotateKey(actor);
  }

  @Get(':id')
  @ApiAnswer('ResearchExport')
  @Permission('research-exports', 'show')
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.exports.get(actor, id);
  }

  @Get(':id/download')
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'One ZIP: a CSV per kind of record, data_dictionary.csv and manifest.json',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @Permission('research-exports', 'download')
  async download(@Actor() actor: ActingUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const { stream, fileName } = await this.exports.download(actor, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return new StreamableFile(stream);
  }
}
