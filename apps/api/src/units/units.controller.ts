import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateUnitBody, UpdateUnitBody } from './unit.dto';
import { Unit } from './unit.entity';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController extends CrudController({ create: CreateUnitBody, update: UpdateUnitBody, record: Unit }) {
  constructor(protected readonly service: UnitsService) {
    super();
  }
}
