import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OUTCOME_STAGES } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { tallyCounts } from '../database/tallies';
import { ListSpec, through } from '../common/list-query';
import { Chamber } from './chamber.entity';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';
import { UpdateChamberBody } from './chamber.dto';

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

  protected readonly updateBody = UpdateChamberBody;

  constructor(dependencies: CrudDependencies) {
    super(Chamber, dependencies);
  }

  protected derive(draft: Chamber): void {
    Object.assign(draft, searchableNameKeys(draft.name));
  }

  /**
   * Its live memberships and live outcomes, from the report tallies the writes keep (database/tallies.ts):
   * a few rows per chamber, however many members and outcomes it has.
   */
  protected async present(chambers: Chamber[], manager: EntityManager): Promise<ChamberRecord[]> {
    const ids = chambers.map((chamber) => String(chamber.id));
    const outcomeKey = (id: string, stage: string) => `${id}|${stage}`;
    const members = await tallyCounts(manager, 'memberships by chamber', ids);
    const outcomes = await tallyCounts(
      manager,
      'outcomes by chamber and stage',
      ids.flatMap((id) => OUTCOME_STAGES.map((stage) => outcomeKey(id, stage))),
    );
    return chambers.map((chamber) => {
      const id = String(chamber.id);
      const outcomeCount = OUTCOME_STAGES.reduce((sum, stage) => sum + (outcomes.get(outcomeKey(id, stage)) ?? 0), 0);
      return Object.assign(chamber, { memberCount: members.get(id) ?? 0, outcomeCount });
    });
  }
}
