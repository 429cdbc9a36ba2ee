import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateTeacherPracticeBody, UpdateTeacherPracticeBody } from './teacher-practice.dto';
import { TeacherPracticeSchema } from './teacher-practice.schema';
import { TeacherPracticesService } from './teacher-practices.service';

@ApiTags('teacher-practices')
@Controller('teacher-practices')
export class TeacherPracticesController extends CrudController({
  create: CreateTeacherPracticeBody,
  update: UpdateTeacherPracticeBody,
  record: TeacherPracticeSchema,
}) {
  constructor(protected readonly service: TeacherPracticesService) {
    super();
  }
}
