import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMajorBody, UpdateMajorBody } from './major.dto';
import { Major } from './major.entity';
import { MajorsService } from './majors.service';

@ApiTags('majors')
@Controller('majors')
export class MajorsController extends CrudController({ create: CreateMajorBody, update: UpdateMajorBody, record: Major }) {
  constructor(protected readonly service: MajorsService) {
    super();
  }
}
