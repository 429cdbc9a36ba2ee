import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { ListSpec, through } from '../common/list-query';
import { Chamber } from './chamber.entity';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

export type ChamberRecord = Chamber & { memberCount: number; outcomeCount: number };

@Injectable()
export class ChambersService extends CrudService<Chamber, ChamberRecord> {
  readonly resource = 'chambers';
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
      // the tables that point at a chamber, by name: a membership or an outcome names its chamber, not the reverse
      this.countsBy(manager, 'memberships', 'chamberId', ids),
      this.countsBy(manager, 'outcomes', 'chamberId', ids),
    ]);
    return chambers.map((chamber) => Object.assign(chamber, { memberCount: members.get(chamber.id) ?? 0, outcomeCount: outcomes.get(chamber.id) ?? 0 }));
  }
}
