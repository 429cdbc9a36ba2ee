import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { msg } from '../common/i18n';
import { ListSpec } from '../common/list-query';
import { Campaign } from './campaign.entity';
import { UpdateCampaignBody } from './campaign.dto';

@Injectable()
export class CampaignsService extends CrudService<Campaign> {
  readonly resource = 'campaigns';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', startsOn: 'date', endsOn: 'date' },
    search: ['name', 'notes'],
    defaultSort: ['startsOn', 'DESC'],
  };

  protected readonly updateBody = UpdateCampaignBody;

  constructor(dependencies: CrudDependencies) {
    super(Campaign, dependencies);
  }

  protected async check(_manager: EntityManager, draft: Campaign): Promise<void> {
    if (draft.endsOn < draft.startsOn)
      throw fieldErrors({ endsOn: msg('validation.notBefore', { other: 'startsOn' }) });
  }
}
