import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { ListSpec } from '../common/list-query';
import { Unit } from './unit.entity';
import { NAME_SORT_KEY, pinyinSortKey } from '../common/pinyin';
import { UpdateUnitBody } from './unit.dto';

@Injectable()
export class UnitsService extends CrudService<Unit> {
  readonly resource = 'units';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', kind: 'string', code: 'string' },
    search: ['name', 'code'],
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };

  protected readonly updateBody = UpdateUnitBody;

  constructor(dependencies: CrudDependencies) {
    super(Unit, dependencies);
  }

  protected derive(draft: Unit): void {
    draft.nameSortKey = pinyinSortKey(draft.name);
  }

  /**
   * A group robot's address is its secret (whoever has it posts to the group), and every role reads
   * units: it is sent, and audited, only as a masked hint, and sending the hint back changes nothing.
   */
  protected async present(records: Unit[]): Promise<Unit[]> {
    return records.map((unit) =>
      unit.wecomWebhook ? { ...unit, wecomWebhook: maskedWebhook(unit.wecomWebhook) } : unit,
    );
  }

  protected async check(_manager: EntityManager, draft: Unit, before: Unit | null): Promise<void> {
    if (before?.wecomWebhook && draft.wecomWebhook === maskedWebhook(before.wecomWebhook))
      draft.wecomWebhook = before.wecomWebhook;
  }
}

/** The robot's address with its key hidden but for the last four characters, so the admin can tell which one is set. */
export function maskedWebhook(address: string): string {
  const url = new URL(address);
  return `${url.origin}${url.pathname}?…${address.slice(-4)}`;
}
