import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService, Dependent, Reference } from '../common/crud.service';
import { ListSpec, through } from '../common/list-query';
import { Contact } from '../contacts/contact.entity';
import { MeetingChamber } from '../meetings/meeting.entity';
import { Membership } from '../memberships/membership.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Chamber } from './chamber.entity';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

export type ChamberRecord = Chamber & { memberCount: number; outcomeCount: number };

@Injectable()
export class ChambersService extends CrudService<Chamber, ChamberRecord> {
  readonly resource = 'chambers';
  readonly noun = 'chamber';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', kind: 'string', city: 'string', ownerId: 'id' },
    search: ['name', 'city'],
    relations: {
      // chambers an enterprise belongs to
      enterpriseId: through('memberships', 'chamberId', 'enterpriseId', { liveOnly: true }),
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly references: Reference[] = [{ field: 'ownerId', target: Staff, label: 'staffMember' }];
  protected readonly dependents: Dependent[] = [
    { target: Membership, field: 'chamberId', label: 'memberEnterprises' },
    { target: Contact, field: 'chamberId', label: 'contacts' },
    { target: Outcome, field: 'chamberId', label: 'outcomes' },
    { target: MeetingChamber, field: 'chamberId', label: 'meetings', owner: 'meeting' },
  ];
  protected readonly derivedFields = ['memberCount', 'outcomeCount'];

  constructor(dependencies: CrudDependencies) {
    super(Chamber, dependencies);
  }

  protected derive(draft: Chamber): void {
    Object.assign(draft, searchableNameKeys(draft.name));
  }

  protected async present(chambers: Chamber[], manager: EntityManager): Promise<ChamberRecord[]> {
    const ids = chambers.map((chamber) => chamber.id);
    const [members, outcomes] = await Promise.all([
      this.countsBy(manager, Membership, 'chamberId', ids),
      this.countsBy(manager, Outcome, 'chamberId', ids),
    ]);
    return chambers.map((chamber) => Object.assign(chamber, { memberCount: members.get(chamber.id) ?? 0, outcomeCount: outcomes.get(chamber.id) ?? 0 }));
  }
}
