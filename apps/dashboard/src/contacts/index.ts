import ContactIcon from '@mui/icons-material/ContactPhone';
import type { Contact } from '@crm/domain';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactIcon,
  recordRepresentation: (contact: Contact) => (contact.title ? `${contact.name} (${contact.title})` : contact.name),
};
