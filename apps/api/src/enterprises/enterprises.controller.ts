import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateEnterpriseBody, UpdateEnterpriseBody } from './enterprise.dto';
import { EnterpriseSchema } from './enterprise.schema';
import { EnterprisesService } from './enterprises.service';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController extends CrudController({
  create: CreateEnterpriseBody,
  update: UpdateEnterpriseBody,
  record: EnterpriseSchema,
}) {
  constructor(protected readonly service: EnterprisesService) {
    super();
  }
}
