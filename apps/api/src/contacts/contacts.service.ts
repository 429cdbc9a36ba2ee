import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService, Dependent, Reference } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { Enterprise } from '../enterprises/enterprise.entity';
import { MeetingContact } from '../meetings/meeting.entity';
import { Contact } from './contact.entity';
import { refreshTwinKeys } from '../duplicates/twin-keys';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

@Injectable()
export class ContactsService extends CrudService<Contact> {
  readonly resource = 'contacts';
  readonly noun = 'contact';
  protected readonly spec: ListSpec = {
    fields: { name: 'string', title: 'string', enterpriseId: 'id', chamberId: 'id', phone: 'string', email: 'string', permission: 'string' },
    // the columns of its full-text index
    search: [...FULL_TEXT.contacts],
    relations: {
      meetingId: through('meeting_contacts', 'contactId', 'meetingId'),
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };
  protected readonly references: Reference[] = [
    { field: 'enterpriseId', target: Enterprise, label: 'enterprise' },
    { field: 'chamberId', target: Chamber, label: 'chamber' },
  ];
  protected readonly dependents: Dependent[] = [{ target: MeetingContact, field: 'contactId', label: 'meetings', owner: 'meeting' }];

  constructor(dependencies: CrudDependencies) {
    super(Contact, dependencies);
  }

  protected derive(draft: Contact): void {
    Object.assign(draft, searchableNameKeys(draft.name));
  }

  /** A contact works at exactly one organisation: an enterprise or a chamber. */
  /** The keys a twin check finds the record under follow every write (duplicates/twin-keys.ts). */
  protected async afterWrite(manager: EntityManager, record: Contact): Promise<void> {
    await refreshTwinKeys(manager, this.resource, [record.id]);
  }

  protected async afterStatusChange(manager: EntityManager, record: Contact): Promise<void> {
    await refreshTwinKeys(manager, this.resource, [record.id]);
  }

  protected async check(_manager: unknown, draft: Contact): Promise<void> {
    const atEnterprise = draft.enterpriseId != null;
    const atChamber = draft.chamberId != null;
    if (atEnterprise === atChamber) {
      const problem = msg(atEnterprise ? 'resources.contactNotBoth' : 'resources.contactNeither');
      throw fieldErrors({ enterpriseId: problem, chamberId: problem }, msg('resources.contactOneOrganisation', { problem }));
    }
  }
}
