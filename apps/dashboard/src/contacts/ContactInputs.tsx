import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { email, exactlyOneOrganisation } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export const validateContact = exactlyOneOrganisation;

export function ContactInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="Job title" />
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="Works at enterprise" helperText="An enterprise or a chamber, not both" />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="…or at chamber" />
      </ReferenceInput>
      <TextInput source="phone" />
      <TextInput source="email" validate={email} />
      <TextInput source="wechat" label="WeChat" />
      <SelectInput source="permission" choices={vocabularyChoices('contactPermissions')} defaultValue="free" validate={required()} />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
