import { Stack } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { DayInput } from '../common/DateInputs';
import { OutcomeFigureInputs } from '../annual-report/FigureInputs';
import { notBefore } from '../common/validation';
import { vocabularyChoices } from '../i18n';

const nonNegative = (value: unknown) =>
  typeof value === 'number' && value < 0 ? 'crm.validation.notNegative' : undefined;
const wholeNumber = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'crm.validation.wholeNumber' : undefined;

export function OutcomeInputs() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <SelectInput source="kind" choices={vocabularyChoices('outcomeKinds')} validate={required()} />
        <SelectInput
          source="stage"
          choices={vocabularyChoices('outcomeStages')}
          defaultValue="idea"
          validate={required()}
        />
      </Stack>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="crm.outcomes.partnerEnterprise" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="crm.outcomes.broughtByChamber" />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput label="crm.outcomes.responsibleUnit" />
      </ReferenceInput>
      <ReferenceInput source="ownerId" reference="staff">
        <AutocompleteInput label="crm.outcomes.owner" />
      </ReferenceInput>
      <ReferenceInput source="meetingId" reference="meetings" sort={{ field: 'startsAt', order: 'DESC' }}>
        <AutocompleteInput label="crm.outcomes.cameOutOfMeeting" />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <DayInput source="signedDate" label="crm.outcomes.signed" />
        <DayInput source="startDate" label="crm.outcomes.agreementStarts" />
        <DayInput
          source="endDate"
          label="crm.outcomes.agreementEnds"
          validate={notBefore('startDate', 'crm.validation.endBeforeStartDate')}
        />
      </Stack>
      <SelectInput source="renewal" choices={vocabularyChoices('renewals')} defaultValue="none" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <NumberInput source="value" label="crm.outcomes.valueCny" validate={nonNegative} min={0} />
        <NumberInput
          source="capacity"
          label="crm.outcomes.capacityStudentsPerYear"
          validate={[nonNegative, wholeNumber]}
          min={0}
        />
      </Stack>
      <OutcomeFigureInputs />
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
