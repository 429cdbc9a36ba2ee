import { Controller, Get, Query, Res, StreamableFile, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, Can, CurrentActor } from '../common/actor';
import { ApiErrorResponses } from '../common/api-responses';
import type { Response } from 'express';
import { EXPORTED_RESOURCES, type ExportedResource, type Locale } from '@crm/domain';
import { fieldErrors } from '../common/errors';
import { msg, RequestLocale } from '../common/i18n';
import { ExportsService } from './exports.service';
import { EXPORT_FORMATS, ExportFormat, sendAsDownload } from './spreadsheet';

function text(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw fieldErrors({ [field]: msg('validation.jsonOnce') });
  return value;
}

/**
 * GET /api/{resource}/export for one list resource. One small controller per resource, under the
 * resource's own path (where the permission table looks for it), registered before the resource's
 * own controller so that "export" is not read as an id.
 */
function exportController(resource: ExportedResource): Type<unknown> {
  @ApiTags(resource)
  @ApiBearerAuth()
  @ApiErrorResponses()
  @Controller(resource)
  class ResourceExportController {
    constructor(private readonly exports: ExportsService) {}

    @Get('export')
    @Can('read')
    @ApiOperation({
      summary: `The ${resource} list as filtered and sorted, as CSV (UTF-8 with BOM) or XLSX: the list's columns headed in the language of Accept-Language, names instead of ids, labels instead of stored values.`,
    })
    @ApiQuery({ name: 'format', enum: EXPORT_FORMATS, required: false })
    @ApiQuery({ name: 'filter', required: false, example: '{"city":"上海"}' })
    @ApiQuery({ name: 'sort', required: false, example: '["name","ASC"]' })
    @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    @ApiOkResponse({ description: 'The file, as a download.', schema: { type: 'string', format: 'binary' } })
    async export(
      @Query() query: Record<string, unknown>,
      @RequestLocale() locale: Locale,
      @CurrentActor() actor: Actor,
      @Res({ passthrough: true }) response: Response,
    ) {
      const format = (text('format', query.format) ?? 'csv') as ExportFormat;
      if (!EXPORT_FORMATS.includes(format))
        throw fieldErrors({ format: msg('validation.oneOf', { values: [...EXPORT_FORMATS] }) });
      const file = await this.exports.exportAs(
        actor,
        resource,
        format,
        { filter: text('filter', query.filter), sort: text('sort', query.sort) },
        locale,
      );
      sendAsDownload(response, file);
      return new StreamableFile(file.body);
    }
  }
  Object.defineProperty(ResourceExportController, 'name', {
    value: `${resource[0].toUpperCase()}${resource.slice(1).replace(/-./g, (s) => s[1].toUpperCase())}ExportController`,
  });
  return ResourceExportController;
}

export const EXPORT_CONTROLLERS = EXPORTED_RESOURCES.map(exportController);
