import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateCampaignQuotaBody, UpdateCampaignQuotaBody } from './campaign-quota.dto';
import { CampaignQuota } from './campaign-quota.entity';
import { CampaignQuotasService } from './campaign-quotas.service';

@ApiTags('campaign-quotas')
@Controller('campaign-quotas')
export class CampaignQuotasController extends CrudController({ create: CreateCampaignQuotaBody, update: UpdateCampaignQuotaBody, record: CampaignQuota }) {
  constructor(protected readonly service: CampaignQuotasService) {
    super();
  }
}
