import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateEnterpriseBody, UpdateEnterpriseBody } from './enterprise.dto';
import { Enterprise } from './enterprise.entity';
import { EnterprisesService } from './enterprises.service';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController extends CrudController({ create: CreateEnterpriseBody, update: UpdateEnterpriseBody, record: Enterprise }) {
  constructor(protected readonly service: EnterprisesService) {
    super();
  }
}
