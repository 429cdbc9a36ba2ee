import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { ChamberSchema } from './chamber.schema';
import { CreateChamberBody, UpdateChamberBody } from './chamber.dto';
import { ChambersService } from './chambers.service';

@ApiTags('chambers')
@Controller('chambers')
export class ChambersController extends CrudController({
  create: CreateChamberBody,
  update: UpdateChamberBody,
  record: ChamberSchema,
}) {
  constructor(protected readonly service: ChambersService) {
    super();
  }
}
