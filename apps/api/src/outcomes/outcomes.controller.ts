import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Can, CurrentActor } from '../common/actor';
import { CrudController, IdParam } from '../common/crud.controller';
import { OutcomeSchema } from './outcome.schema';
import { CreateOutcomeBody, MoveOutcomeBody, UpdateOutcomeBody } from './outcome.dto';
import { OutcomesService } from './outcomes.service';

@ApiTags('outcomes')
@Controller('outcomes')
export class OutcomesController extends CrudController({
  create: CreateOutcomeBody,
  update: UpdateOutcomeBody,
  record: OutcomeSchema,
}) {
  constructor(protected readonly service: OutcomesService) {
    super();
  }

  @Post(':id/move')
  @Can('move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kanban move: to a stage and a position in its column, in one transaction.' })
  @ApiOkResponse({ type: OutcomeSchema })
  move(@IdParam() id: number, @Body() body: MoveOutcomeBody, @CurrentActor() actor: Actor) {
    return this.service.move(id, body, actor);
  }
}
