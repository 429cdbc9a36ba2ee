import { Injectable } from '@nestjs/common';
import { RecordChanges } from '../common/record-changes';
import { refreshTwinKeys, TwinResource } from './twin-keys';

/**
 * The keys a twin check finds an enterprise or a contact under follow every write of one (create,
 * edit, delete, restore), in the write's transaction: said here, above both, so that neither imports
 * the duplicates.
 */
@Injectable()
export class TwinKeysListener {
  constructor(changes: RecordChanges) {
    changes.listen(['enterprises', 'contacts'], (manager, { resource, after }) => refreshTwinKeys(manager, resource as TwinResource, [after.id as number]));
  }
}
