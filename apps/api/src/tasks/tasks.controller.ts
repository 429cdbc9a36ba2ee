import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateTaskBody, UpdateTaskBody } from './task.dto';
import { Task } from './task.entity';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController extends CrudController({ create: CreateTaskBody, update: UpdateTaskBody, record: Task }) {
  constructor(protected readonly service: TasksService) {
    super();
  }
}
