import { Stack } from '@mui/material';
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { notBefore } from '../common/validation';
import { vocabularyChoices } from '../i18n';

const nonNegative = (value: unknown) => (typeof value === 'number' && value < 0 ? 'Must not be negative' : undefined);
const wholeNumber = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? 'Must be a whole number' : undefined);

export function OutcomeInputs() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <SelectInput source="kind" choices={vocabularyChoices('outcomeKinds')} validate={required()} />
        <SelectInput source="stage" choices={vocabularyChoices('outcomeStages')} defaultValue="idea" validate={required()} />
      </Stack>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="Partner enterprise" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="Brought by chamber" />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput label="Responsible unit" />
      </ReferenceInput>
      <ReferenceInput source="ownerId" reference="staff">
        <AutocompleteInput label="Owner" />
      </ReferenceInput>
      <ReferenceInput source="meetingId" reference="meetings" sort={{ field: 'startsAt', order: 'DESC' }}>
        <AutocompleteInput label="Came out of meeting" />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <DateInput source="signedDate" label="Signed" />
        <DateInput source="startDate" label="Agreement starts" />
        <DateInput source="endDate" label="Agreement ends" validate={notBefore('startDate', 'crm.validation.endBeforeStartDate')} />
      </Stack>
      <SelectInput source="renewal" choices={vocabularyChoices('renewals')} defaultValue="none" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <NumberInput source="value" label="Value (CNY)" validate={nonNegative} min={0} />
        <NumberInput source="capacity" label="Capacity (students per year)" validate={[nonNegative, wholeNumber]} min={0} />
      </Stack>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
