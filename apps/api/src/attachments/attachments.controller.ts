import {
  Body,
  CallHandler,
  Controller,
  Delete,
  ExecutionContext,
  Get,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ATTACHABLE_RESOURCES } from '@crm/domain';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { Observable } from 'rxjs';
import { Actor, CurrentActor, Can } from '../common/actor';
import { IdParam, setPageHeaders } from '../common/crud.controller';
import { ListQueryDto } from '../common/dto';
import { msg } from '../common/i18n';
import { AttachmentSchema } from './attachment.schema';
import { AttachmentsService, MAX_ATTACHMENT_BYTES, UploadedFile as File } from './attachments.service';
import { servedAs } from './content-type';
import { ApiErrorResponses } from '../common/api-responses';

/**
 * Reads the one file of an upload into memory, refusing it past 25 MB while it arrives: nothing
 * reaches the disk before the whole file is in and checked, so an oversize upload leaves nothing.
 * File names are read as UTF-8, as browsers send them, so Chinese names survive.
 */
const MultipartFile = FileInterceptor('file', {
  storage: memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10 },
  defParamCharset: 'utf8',
});

@Injectable()
class AttachmentUpload implements NestInterceptor {
  private readonly multipart = new MultipartFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException)
        throw new PayloadTooLargeException({
          message: msg('workflow.fileTooLarge', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }),
        });
      throw error;
    }
  }
}

@ApiTags('attachments')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @Can('read')
  @ApiOperation({
    summary: 'The files of one record: filter={"resource":"meetings","recordId":5} (meetings, outcomes, enterprises).',
  })
  @ApiOkResponse({ type: AttachmentSchema, isArray: true })
  async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response) {
    const page = await this.attachments.list(query);
    setPageHeaders(response, 'attachments', page.range, page.records.length, page.total);
    return page.records;
  }

  @Post()
  @Can('create')
  @UseInterceptors(AttachmentUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['resource', 'recordId', 'file'],
      properties: {
        resource: { type: 'string', enum: [...ATTACHABLE_RESOURCES] },
        recordId: { type: 'integer' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({
    summary:
      'Attach a file (at most 25 MB; 413 beyond, and nothing is stored) to a meeting, an outcome or an enterprise.',
  })
  @ApiCreatedResponse({ type: AttachmentSchema })
  upload(@Body() body: Record<string, unknown>, @UploadedFile() file: File | undefined, @CurrentActor() actor: Actor) {
    return this.attachments.upload(body?.resource, body?.recordId, file, actor);
  }

  @Get(':id')
  @Can('read')
  @ApiOperation({ summary: 'One file’s metadata; its bytes are at /content.' })
  @ApiOkResponse({ type: AttachmentSchema })
  findOne(@IdParam() id: number) {
    return this.attachments.findOne(id);
  }

  @Get(':id/content')
  @Can('read')
  @ApiOperation({
    summary:
      'The bytes: PDF, PNG, JPEG, WebP and plain text inline in their type (the type read from the bytes at upload), anything else as application/octet-stream with Content-Disposition: attachment; the name kept in UTF-8 per RFC 5987.',
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain', 'application/octet-stream')
  @ApiOkResponse({ description: 'The file’s bytes.', schema: { type: 'string', format: 'binary' } })
  async content(
    @IdParam() id: number,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.content(id, actor);
    const { type, inline } = servedAs(attachment.contentType);
    // express writes filename="…" with an ASCII fallback and filename*=UTF-8''… for the real name
    response.attachment(attachment.name);
    if (inline)
      response.setHeader(
        'Content-Disposition',
        String(response.getHeader('Content-Disposition')).replace(/^attachment/, 'inline'),
      );
    // after attachment(), which sets a type from the name's extension (evil.js → text/javascript)
    response.setHeader('Content-Type', type);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, { type, length: attachment.size });
  }

  @Delete(':id')
  @Can('delete')
  @ApiOperation({ summary: 'Into the bin; restorable.' })
  @ApiOkResponse({ type: AttachmentSchema })
  remove(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.attachments.remove(id, actor);
  }

  @Post(':id/restore')
  @Can('restore')
  @ApiOperation({ summary: 'Bring back a file from the bin (admin).' })
  @ApiCreatedResponse({ type: AttachmentSchema })
  restore(@IdParam() id: number, @CurrentActor() actor: Actor) {
    return this.attachments.restore(id, actor);
  }
}
