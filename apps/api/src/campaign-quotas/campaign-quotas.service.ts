import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict } from '../common/errors';
import { msg } from '../common/i18n';
import { ListSpec } from '../common/list-query';
import { CampaignQuota } from './campaign-quota.entity';
import { UpdateCampaignQuotaBody } from './campaign-quota.dto';

@Injectable()
export class CampaignQuotasService extends CrudService<CampaignQuota> {
  readonly resource = 'campaign-quotas';
  protected readonly spec: ListSpec = {
    fields: { campaignId: 'id', staffId: 'id', enterprises: 'number' },
    search: ['notes'],
    defaultSort: ['enterprises', 'DESC'],
  };

  protected readonly updateBody = UpdateCampaignQuotaBody;

  constructor(dependencies: CrudDependencies) {
    super(CampaignQuota, dependencies);
  }

  protected async check(manager: EntityManager, draft: CampaignQuota): Promise<void> {
    const twin = await this.findTwin(manager, draft, ['campaignId', 'staffId']);
    if (twin)
      throw conflict(msg('campaign.quotaTwin', { id: twin.id }), {
        errors: { staffId: msg('campaign.quotaTwinField') },
      });
  }
}
