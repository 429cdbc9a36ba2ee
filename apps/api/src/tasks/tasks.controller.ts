import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateTaskBody, UpdateTaskBody } from './task.dto';
import { TaskSchema } from './task.schema';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController extends CrudController({
  create: CreateTaskBody,
  update: UpdateTaskBody,
  record: TaskSchema,
}) {
  constructor(protected readonly service: TasksService) {
    super();
  }
}
