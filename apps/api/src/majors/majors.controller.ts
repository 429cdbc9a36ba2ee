import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMajorBody, UpdateMajorBody } from './major.dto';
import { MajorSchema } from './major.schema';
import { MajorsService } from './majors.service';

@ApiTags('majors')
@Controller('majors')
export class MajorsController extends CrudController({
  create: CreateMajorBody,
  update: UpdateMajorBody,
  record: MajorSchema,
}) {
  constructor(protected readonly service: MajorsService) {
    super();
  }
}
