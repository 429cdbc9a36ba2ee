import { Module } from '@nestjs/common';
import { CampaignQuotasController } from './campaign-quotas.controller';
import { CampaignQuotasService } from './campaign-quotas.service';

@Module({
  controllers: [CampaignQuotasController],
  providers: [CampaignQuotasService],
  exports: [CampaignQuotasService],
})
export class CampaignQuotasModule {}
