import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { email, exactlyOneOrganisation } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export const validateContact = exactlyOneOrganisation;

export function ContactInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="crm.contacts.jobTitle" />
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="crm.contacts.worksAtEnterprise" helperText="crm.contacts.anEnterpriseOrAChamber" />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="crm.contacts.orAtChamber" />
      </ReferenceInput>
      <TextInput source="phone" />
      <TextInput source="email" validate={email} />
      <TextInput source="wechat" label="crm.contacts.wechat" />
      <SelectInput source="permission" choices={vocabularyChoices('contactPermissions')} defaultValue="free" validate={required()} />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
