import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateUnitBody, UpdateUnitBody } from './unit.dto';
import { UnitSchema } from './unit.schema';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController extends CrudController({
  create: CreateUnitBody,
  update: UpdateUnitBody,
  record: UnitSchema,
}) {
  constructor(protected readonly service: UnitsService) {
    super();
  }
}
