import { Module } from '@nestjs/common';
import { CampaignReportController } from './campaign-report.controller';
import { CampaignReportService } from './campaign-report.service';

/** GET /api/reports/campaign: a campaign's visits counted against its quotas (its own folder: it reads both). */
@Module({ controllers: [CampaignReportController], providers: [CampaignReportService] })
export class CampaignReportModule {}
