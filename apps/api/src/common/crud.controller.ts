import { Body, Delete, Get, Param, ParseIntPipe, Post, Put, Query, Res, Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, Can, CurrentActor } from './actor';
import { ApiErrorResponses, ApiErrorSchema } from './api-responses';
import { CrudService } from './crud.service';
import type { TrackedEntity } from './tracked.entity';
import { ListQueryDto } from './dto';
import { fieldErrors } from './errors';
import { msg } from './i18n';

/** Ids in paths are positive whole numbers; anything else is a 400, not a lookup. */
export const IdParam = () =>
  Param(
    'id',
    new ParseIntPipe({
      exceptionFactory: () => fieldErrors({ id: msg('validation.positiveId') }),
    }),
  );

/**
 * The totals of the contract: `Content-Range: enterprises 0-24/319` and `X-Total-Count: 319`. A
 * search's total counted up to its cap is `…/10000+` in Content-Range (a client that reads the
 * number, as ra-data-simple-rest's parseInt does, reads the cap) and the cap in X-Total-Count.
 */
export function setPageHeaders(
  response: Response,
  resource: string,
  [first, last]: [number, number],
  count: number,
  total: number,
  capped = false,
): void {
  const of = `${total}${capped ? '+' : ''}`;
  response.setHeader('Content-Range', count ? `${resource} ${first}-${last}/${of}` : `${resource} */${of}`);
  response.setHeader('X-Total-Count', String(total));
}

/**
 * The REST contract's routes for one resource, written once. A resource's controller extends the
 * class this returns, gives it its service, and adds only its own endpoints.
 */
export function CrudController<C, U>(bodies: {
  create: Type<C>;
  update: Type<U>;
  /** The record as sent: its `<feature>.schema.ts`, not the entity. */ record: Type<unknown>;
}) {
  @ApiBearerAuth()
  @ApiErrorResponses()
  abstract class ResourceController {
    protected abstract readonly service: CrudService<TrackedEntity, object>;

    @Get()
    @Can('read')
    @ApiOperation({
      summary: 'List, sort, filter and page (ra-data-simple-rest); Content-Range and X-Total-Count carry the total.',
    })
    @ApiOkResponse({ type: bodies.record, isArray: true })
    async list(@Query() query: ListQueryDto, @Res({ passthrough: true }) response: Response) {
      const page = await this.service.list(query);
      setPageHeaders(response, this.service.resource, page.range, page.records.length, page.total, page.capped);
      return page.records;
    }

    @Get(':id')
    @Can('read')
    @ApiOperation({ summary: 'One record (not one in the trash).' })
    @ApiOkResponse({ type: bodies.record })
    findOne(@IdParam() id: number) {
      return this.service.findOne(id);
    }

    @Post()
    @Can('create')
    @ApiOperation({ summary: 'Create a record; answers it as stored, with its derived fields.' })
    @ApiBody({ type: bodies.create })
    @ApiCreatedResponse({ type: bodies.record })
    create(@Body() body: C, @CurrentActor() actor: Actor) {
      return this.service.create(body as object, actor);
    }

    @Put(':id')
    @Can('update')
    @ApiOperation({ summary: 'Update a record with the `version` it was read at; answers it as stored.' })
    @ApiBody({ type: bodies.update })
    @ApiOkResponse({ type: bodies.record })
    @ApiConflictResponse({
      type: ApiErrorSchema,
      description: 'The version sent is stale; the body carries the current record in `current`.',
    })
    update(@IdParam() id: number, @Body() body: U, @CurrentActor() actor: Actor) {
      return this.service.update(id, body as object & { version: number }, actor);
    }

    @Delete(':id')
    @Can('delete')
    @ApiOperation({ summary: 'Soft delete; answers with the deleted record, which can be restored.' })
    @ApiOkResponse({ type: bodies.record })
    remove(@IdParam() id: number, @CurrentActor() actor: Actor) {
      return this.service.remove(id, actor);
    }

    @Post(':id/restore')
    @Can('restore')
    @ApiOperation({ summary: 'Bring back a soft-deleted record (admin).' })
    @ApiCreatedResponse({ type: bodies.record })
    restore(@IdParam() id: number, @CurrentActor() actor: Actor) {
      return this.service.restore(id, actor);
    }

    @Delete(':id/purge')
    @Can('purge')
    @ApiOperation({
      summary:
        'Delete a record in the trash for good (admin); 409 while any record, live or deleted, still points at it.',
    })
    @ApiOkResponse({ type: bodies.record, description: 'The record as it was.' })
    @ApiConflictResponse({
      type: ApiErrorSchema,
      description: 'The record is not in the trash, or other records still point at it.',
    })
    purge(@IdParam() id: number, @CurrentActor() actor: Actor) {
      return this.service.purge(id, actor);
    }
  }
  // Generic parameters are erased at run time: tell the validation pipe and OpenAPI the body classes.
  Reflect.defineMetadata('design:paramtypes', [bodies.create, Object], ResourceController.prototype, 'create');
  Reflect.defineMetadata('design:paramtypes', [Number, bodies.update, Object], ResourceController.prototype, 'update');
  return ResourceController;
}
