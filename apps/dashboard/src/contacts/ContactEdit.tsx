import { ResourceEdit } from '../common/pages';
import { ContactInputs, validateContact } from './ContactInputs';

export function ContactEdit() {
  return (
    <ResourceEdit validate={validateContact}>
      <ContactInputs />
    </ResourceEdit>
  );
}
