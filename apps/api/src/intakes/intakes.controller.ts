import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateIntakeBody, UpdateIntakeBody } from './intake.dto';
import { IntakeSchema } from './intake.schema';
import { IntakesService } from './intakes.service';

@ApiTags('intakes')
@Controller('intakes')
export class IntakesController extends CrudController({
  create: CreateIntakeBody,
  update: UpdateIntakeBody,
  record: IntakeSchema,
}) {
  constructor(protected readonly service: IntakesService) {
    super();
  }
}
