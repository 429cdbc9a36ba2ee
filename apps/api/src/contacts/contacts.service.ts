import { Injectable } from '@nestjs/common';
import { ORGANISATION_FIELDS, organisationProblem } from '@crm/domain';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { CreateContactBody, UpdateContactBody } from './contact.dto';
import { Contact } from './contact.entity';
import { msg } from '../common/i18n';
import { NAME_SORT_KEY, searchableNameKeys } from '../common/pinyin';

@Injectable()
export class ContactsService extends CrudService<Contact> {
  readonly resource = 'contacts';
  protected readonly spec: ListSpec = {
    fields: {
      name: 'string',
      title: 'string',
      enterpriseId: 'id',
      chamberId: 'id',
      phone: 'string',
      email: 'string',
      permission: 'string',
    },
    // the columns of its full-text index
    search: [...FULL_TEXT.contacts],
    relations: {
      meetingId: through('meeting_contacts', 'contactId', 'meetingId'),
    },
    defaultSort: ['name', 'ASC'],
    sortKeys: { name: NAME_SORT_KEY },
  };

  protected readonly createBody = CreateContactBody;

  protected readonly updateBody = UpdateContactBody;

  constructor(dependencies: CrudDependencies) {
    super(Contact, dependencies);
  }

  protected derive(draft: Contact): void {
    Object.assign(draft, searchableNameKeys(draft.name));
  }

  /** A contact works at exactly one organisation: an enterprise or a chamber. */
  protected async check(_manager: unknown, draft: Contact): Promise<void> {
    const organisation = organisationProblem(draft);
    if (organisation) {
      const problem = msg(organisation === 'both' ? 'resources.contactNotBoth' : 'resources.contactNeither');
      throw fieldErrors(
        Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, problem])),
        msg('resources.contactOneOrganisation', { problem }),
      );
    }
  }
}
