import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateCampaignQuotaBody, UpdateCampaignQuotaBody } from './campaign-quota.dto';
import { CampaignQuotaSchema } from './campaign-quota.schema';
import { CampaignQuotasService } from './campaign-quotas.service';

@ApiTags('campaign-quotas')
@Controller('campaign-quotas')
export class CampaignQuotasController extends CrudController({
  create: CreateCampaignQuotaBody,
  update: UpdateCampaignQuotaBody,
  record: CampaignQuotaSchema,
}) {
  constructor(protected readonly service: CampaignQuotasService) {
    super();
  }
}
