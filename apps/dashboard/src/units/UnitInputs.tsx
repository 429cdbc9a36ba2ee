import { CHOICES } from '@crm/domain';
import { required, SelectInput, TextInput } from 'react-admin';

export function UnitInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="kind" choices={CHOICES.unitKinds} validate={required()} defaultValue="college" />
      <TextInput source="code" />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
