import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { ListSpec } from '../common/list-query';
import { Unit } from '../units/unit.entity';
import { Major } from './major.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';
import { UpdateMajorBody } from './major.dto';

@Injectable()
export class MajorsService extends CrudService<Major> {
  readonly resource = 'majors';
  protected readonly spec: ListSpec = {
    fields: { code: 'string', name: 'string', unitId: 'id' },
    search: ['code', 'name'],
    defaultSort: ['code', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };

  protected readonly updateBody = UpdateMajorBody;

  constructor(dependencies: CrudDependencies) {
    super(Major, dependencies);
  }

  protected derive(draft: Major): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }

  protected async check(manager: EntityManager, draft: Major): Promise<void> {
    const unit = await manager.findOne(Unit, { where: { id: draft.unitId } });
    if (unit && unit.kind !== 'college')
      throw fieldErrors({ unitId: msg('resources.majorUnitIsOffice', { name: unit.name }) });
  }
}
