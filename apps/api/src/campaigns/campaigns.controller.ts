import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateCampaignBody, UpdateCampaignBody } from './campaign.dto';
import { CampaignSchema } from './campaign.schema';
import { CampaignsService } from './campaigns.service';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController extends CrudController({
  create: CreateCampaignBody,
  update: UpdateCampaignBody,
  record: CampaignSchema,
}) {
  constructor(protected readonly service: CampaignsService) {
    super();
  }
}
