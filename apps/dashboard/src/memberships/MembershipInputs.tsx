import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';
import { DayInput } from '../common/DateInputs';

export function MembershipInputs() {
  return (
    <>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="crm.memberships.enterprise" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="crm.memberships.chamber" validate={required()} />
      </ReferenceInput>
      <TextInput
        source="role"
        label="crm.memberships.roleInTheChamber"
        helperText="crm.memberships.eGVicePresidentUnit"
      />
      <DayInput source="since" />
    </>
  );
}
