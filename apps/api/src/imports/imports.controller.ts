import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Locale } from '@crm/domain';
import { Actor, Can, CurrentActor } from '../common/actor';
import { fieldErrors } from '../common/errors';
import { msg, RequestLocale } from '../common/i18n';
import { IMPORT_KINDS, ImportKind } from './columns';
import { ImportCommitSchema, ImportPreviewSchema } from './import.schema';
import { ImportsService } from './imports.service';
import { MAX_FILE_BYTES } from './spreadsheet';
import { ApiErrorResponses } from '../common/api-responses';

function positiveId(field: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw fieldErrors({ [field]: msg('validation.id') });
  return id;
}

@ApiTags('imports')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':kind')
  @Can('create')
  @ApiOperation({
    summary:
      'Preview a CSV (UTF-8 or GB18030) or XLSX sheet of enterprises, contacts, a chamber’s members (chamberId) or a meeting’s sign-in sheet (meetingId): each row is create, match or invalid with reasons. Nothing but the preview is written; it expires after an hour.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        chamberId: { type: 'integer' },
        meetingId: { type: 'integer' },
      },
    },
  })
  @ApiCreatedResponse({
    type: ImportPreviewSchema,
    description:
      '`values` are what a commit writes: labelled cells (企业性质 私营 / Private / private) as their stored value, the owner as `ownerId` beside the name.',
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } }))
  preview(
    @Param('kind') kind: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    if (!(IMPORT_KINDS as readonly string[]).includes(kind))
      throw fieldErrors(
        { kind: msg('validation.oneOf', { values: [...IMPORT_KINDS] }) },
        msg('imports.unknownKind', { kind }),
      );
    if (!file) throw fieldErrors({ file: msg('imports.fileMissing') });
    const target = {
      chamberId: positiveId('chamberId', body?.chamberId),
      meetingId: positiveId('meetingId', body?.meetingId),
    };
    return this.imports.preview(kind as ImportKind, file.buffer, target, actor, locale);
  }

  // not imports/{id}: that would be the same path template as the upload's POST imports/{kind}
  @Get(':id/preview')
  @Can('create')
  @ApiOperation({ summary: 'A preview again, while it has not expired.' })
  @ApiOkResponse({ type: ImportPreviewSchema })
  findPreview(@Param('id') id: string, @RequestLocale() locale: Locale) {
    return this.imports.findPreview(id, locale);
  }

  @Post(':id/commit')
  @Can('create')
  @ApiOperation({
    summary:
      'Write the previewed rows in one transaction, with an audit event per record; answers the counts. A second commit is refused.',
  })
  @ApiCreatedResponse({ type: ImportCommitSchema })
  commit(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.imports.commit(id, actor);
  }
}
