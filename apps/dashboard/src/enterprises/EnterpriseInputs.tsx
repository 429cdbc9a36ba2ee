import { AutocompleteInput, ReferenceInput, required, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { uscc } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export function EnterpriseInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="uscc" label="Unified social credit code (USCC)" validate={uscc} helperText="18 characters, GB 32100-2015; leave empty if unknown" />
      <TextArrayInput source="aliases" label="Other names (short, former, English)" helperText="Press Enter after each name" fullWidth />
      <TextInput source="industry" />
      <SelectInput source="ownership" choices={vocabularyChoices('ownerships')} emptyText="Unknown" />
      <SelectInput source="size" choices={vocabularyChoices('enterpriseSizes')} emptyText="Unknown" />
      <TextInput source="city" />
      <TextInput source="address" fullWidth />
      <TextInput source="website" fullWidth />
      <SelectInput source="tier" choices={vocabularyChoices('tiers')} defaultValue="general" validate={required()} />
      <ReferenceInput source="ownerId" reference="staff">
        <AutocompleteInput label="Owner (school side)" />
      </ReferenceInput>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
