import { ResourceCreate } from '../common/pages';
import { ContactInputs, validateContact } from './ContactInputs';

export function ContactCreate() {
  return (
    <ResourceCreate validate={validateContact}>
      <ContactInputs />
    </ResourceCreate>
  );
}
