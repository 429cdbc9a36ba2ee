import { Injectable } from '@nestjs/common';
import { CrudDependencies, CrudService, Dependent } from '../common/crud.service';
import { ListSpec } from '../common/list-query';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Unit } from './unit.entity';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';

@Injectable()
export class UnitsService extends CrudService<Unit> {
  readonly resource = 'units';
  readonly noun = 'unit';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', kind: 'string', code: 'string' },
    search: ['name', 'code'],
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly dependents: Dependent[] = [
    { target: Major, field: 'unitId', label: 'majors' },
    { target: Staff, field: 'unitId', label: 'staff' },
    { target: Outcome, field: 'unitId', label: 'outcomes' },
  ];

  constructor(dependencies: CrudDependencies) {
    super(Unit, dependencies);
  }

  protected derive(draft: Unit): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }
}
