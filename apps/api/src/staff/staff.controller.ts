import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateStaffBody, UpdateStaffBody } from './staff.dto';
import { StaffSchema } from './staff.schema';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController extends CrudController({
  create: CreateStaffBody,
  update: UpdateStaffBody,
  record: StaffSchema,
}) {
  constructor(protected readonly service: StaffService) {
    super();
  }
}
