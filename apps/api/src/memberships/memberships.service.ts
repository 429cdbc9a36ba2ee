import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { CreateMembershipBody, UpdateMembershipBody } from './membership.dto';
import { Membership } from './membership.entity';
import { msg } from '../common/i18n';

@Injectable()
export class MembershipsService extends CrudService<Membership> {
  readonly resource = 'memberships';
  protected readonly spec: ListSpec = {
    fields: { enterpriseId: 'id', chamberId: 'id', role: 'string', since: 'date' },
    search: ['role'],
    defaultSort: ['id', 'ASC'],
  };

  protected readonly createBody = CreateMembershipBody;

  protected readonly updateBody = UpdateMembershipBody;

  constructor(dependencies: CrudDependencies) {
    super(Membership, dependencies);
  }

  protected async check(manager: EntityManager, draft: Membership): Promise<void> {
    const twin = await this.findTwin(manager, draft, ['enterpriseId', 'chamberId']);
    if (twin)
      throw conflict(msg('resources.membershipTwin', { id: twin.id }), {
        errors: { chamberId: msg('resources.membershipTwinField') },
      });
  }
}
