import { AutocompleteInput, DateInput, ReferenceInput, required, TextInput } from 'react-admin';

export function MembershipInputs() {
  return (
    <>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="Enterprise" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="Chamber" validate={required()} />
      </ReferenceInput>
      <TextInput source="role" label="Role in the chamber" helperText="e.g. vice-president unit, member" />
      <DateInput source="since" />
    </>
  );
}
