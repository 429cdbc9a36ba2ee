import ContactIcon from '@mui/icons-material/ContactPhone';
import type { Contact } from '@crm/domain';
import { formPages } from '../common/pages';
import { ContactInputs, validateContact } from './ContactInputs';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  show: ContactShow,
  ...formPages(ContactInputs, { validate: validateContact }),
  icon: ContactIcon,
  recordRepresentation: (contact: Contact) => (contact.title ? `${contact.name} (${contact.title})` : contact.name),
};
