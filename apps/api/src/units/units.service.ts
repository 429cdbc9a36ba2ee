import { Injectable } from '@nestjs/common';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { ListSpec } from '../common/list-query';
import { Unit } from './unit.entity';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';

@Injectable()
export class UnitsService extends CrudService<Unit> {
  readonly resource = 'units';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', kind: 'string', code: 'string' },
    search: ['name', 'code'],
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };

  constructor(dependencies: CrudDependencies) {
    super(Unit, dependencies);
  }

  protected derive(draft: Unit): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }
}
