import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService, Reference } from '../common/crud.service';
import { conflict } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Membership } from './membership.entity';
import { msg } from '../common/i18n';

@Injectable()
export class MembershipsService extends CrudService<Membership> {
  readonly resource = 'memberships';
  readonly noun = 'membership';
  protected readonly spec: ListSpec = {
    fields: { enterpriseId: 'id', chamberId: 'id', role: 'string', since: 'date' },
    search: ['role'],
    defaultSort: ['id', 'ASC'],
  };
  protected readonly references: Reference[] = [
    { field: 'enterpriseId', target: Enterprise, label: 'enterprise' },
    { field: 'chamberId', target: Chamber, label: 'chamber' },
  ];

  constructor(dependencies: CrudDependencies) {
    super(Membership, dependencies);
  }

  protected async check(manager: EntityManager, draft: Membership): Promise<void> {
    const twin = await this.findTwin(manager, draft, ['enterpriseId', 'chamberId']);
    if (twin) throw conflict(msg('resources.membershipTwin', { id: twin.id }), { errors: { chamberId: msg('resources.membershipTwinField') } });
  }
}
