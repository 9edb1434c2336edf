import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, type ActingUser } from '../common/auth/acting-user.js';
import { Permission } from '../common/auth/decorators.js';
import { ApiAnswer } from '../common/http/openapi-answers.js';
import { listResponse } from '../common/http/list-response.js';
import { type RawListParams } from '../common/list/list-query.js';
import { IMPORT_LIMITS } from './import-file.js';
import { SetUpImportDto, UploadImportDto } from './dto/import.dto.js';
import { ImportsService } from './imports.service.js';

/** Resolves once the answer is sent (its transaction committed): true for a success. */
function answered(res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    res.once('finish', () => resolve(res.statusCode < 400));
    res.once('close', () => resolve(res.writableFinished && res.statusCode < 400));
  });
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @Permission('imports', 'list')
  @ApiAnswer('Import', { list: true, description: 'Newest first; only kinds the caller may import' })
  async list(@Actor() actor: ActingUser, @Query() params: RawListParams, @Res({ passthrough: true }) res: Response) {
    return listResponse(res, 'imports', await this.imports.list(actor, params));
  }

  @Get(':id')
  @Permission('imports', 'show')
  @ApiAnswer('Import', { description: 'With progress while it runs' })
  get(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.imports.get(actor, id);
  }

  @Post()
  @Permission('imports', 'create')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `CSV or xlsx, at most ${IMPORT_LIMITS.bytes / 1024 / 1024} MB`,
        },
        kind: { $ref: '#/components/schemas/ImportKind' },
      },
    },
  })
  @ApiAnswer('Import', { status: 201, description: 'The upload, its columns and a first mapping' })
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: IMPORT_LIMITS.bytes, files: 1, fields: 4, parts: 5 } }),
  )
  upload(
    @Actor() actor: ActingUser,
    @Body() body: UploadImportDto,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
  ) {
    return this.imports.upload(actor, body.kind, file);
  }

  @Put(':id')
  @Permission('imports', 'update')
  @ApiAnswer('Import', { description: 'The mapping saved (and remembered for the next upload of this kind)' })
  setUp(@Actor() actor: ActingUser, @Param('id') id: string, @Body() body: SetUpImportDto) {
    return this.imports.setUp(actor, id, body);
  }

  @Post(':id/check')
  @HttpCode(202)
  @Permission('imports', 'update')
  @ApiAnswer('Import', { status: 202, description: 'The dry run started; read its progress with GET' })
  check(@Actor() actor: ActingUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return this.imports.check(actor, id, answered(res));
  }

  @Post(':id/run')
  @HttpCode(202)
  @Permission('imports', 'update')
  @ApiAnswer('Import', { status: 202, description: 'The import started; read its progress with GET' })
  run(@Actor() actor: ActingUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return this.imports.run(actor, id, answered(res));
  }

  @Delete(':id')
  @Permission('imports', 'delete')
  @ApiAnswer('Import', { description: 'The upload discarded (what it imported stays)' })
  remove(@Actor() actor: ActingUser, @Param('id') id: string) {
    return this.imports.remove(actor, id);
  }
}
