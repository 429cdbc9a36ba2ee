import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { vocabularyChoices } from '../i18n';

export function ChamberInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput
        source="kind"
        choices={vocabularyChoices('chamberKinds')}
        validate={required()}
        defaultValue="chamber"
      />
      <TextInput source="city" />
      <TextInput source="address" fullWidth />
      <TextInput source="website" fullWidth />
      <ReferenceInput source="ownerId" reference="staff">
        <AutocompleteInput label="crm.chambers.ownerSchoolSide" />
      </ReferenceInput>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
