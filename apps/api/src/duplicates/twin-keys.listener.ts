import { Injectable } from '@nestjs/common';
import { RecordChanges } from '../common/record-changes';
import { addTwinKeys, refreshTwinKeys, TwinResource } from './twin-keys';

/**
 * The keys a twin check finds an enterprise or a contact under follow every write of one (create,
 * edit, delete, restore), in the write's transaction: said here, above both, so that neither imports
 * the duplicates.
 */
@Injectable()
export class TwinKeysListener {
  constructor(changes: RecordChanges) {
    changes.listen(['enterprises', 'contacts'], (manager, told) => {
      const created = told.filter((change) => change.before === null);
      const resource = told[0].resource as TwinResource;
      // records just inserted have no keys yet: written from their values, without reading them back
      if (created.length === told.length)
        return addTwinKeys(
          manager,
          resource,
          created.map((change) => change.after as Parameters<typeof addTwinKeys>[2][number]),
        );
      return refreshTwinKeys(
        manager,
        resource,
        told.map((change) => change.after.id as number),
      );
    });
  }
}
