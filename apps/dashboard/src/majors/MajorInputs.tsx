import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';
import { majorCode } from '../common/validation';

export function MajorInputs() {
  return (
    <>
      <TextInput source="code" label="crm.majors.nationalMajorCode" validate={[required(), majorCode]} />
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="unitId" reference="units" filter={{ kind: 'college' }}>
        <AutocompleteInput label="crm.majors.secondaryCollege" validate={required()} />
      </ReferenceInput>
    </>
  );
}
