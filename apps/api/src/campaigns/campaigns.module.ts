import { Module } from '@nestjs/common';
import { CampaignReportController } from './campaign-report.controller';
import { CampaignReportService } from './campaign-report.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({ controllers: [CampaignsController, CampaignReportController], providers: [CampaignsService, CampaignReportService], exports: [CampaignsService] })
export class CampaignsModule {}
