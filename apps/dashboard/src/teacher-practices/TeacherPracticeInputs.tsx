import { daysBetween } from '@crm/domain';
import { Stack } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DayInput } from '../common/DateInputs';

/** The period's days, both ends counted, or undefined while a date is missing. */
const span = (startsOn: unknown, endsOn: unknown) =>
  typeof startsOn === 'string' && typeof endsOn === 'string' && startsOn && endsOn
    ? daysBetween(startsOn, endsOn) + 1
    : undefined;

/** The API's rules, said on the fields before the form is sent: the end not before the start, the days within the period. */
export function validatePractice(values: Record<string, unknown>): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  const days = span(values.startsOn, values.endsOn);
  if (days !== undefined && days < 1) errors.endsOn = 'crm.teacherPractices.endsBeforeStart';
  else if (days !== undefined && typeof values.days === 'number' && values.days > days)
    errors.days = { message: 'crm.teacherPractices.daysOverSpan', args: { days } };
  return errors;
}

/** Left empty, the days are the whole period: the helper says how many that is. */
function DaysInput() {
  const [startsOn, endsOn] = useWatch({ name: ['startsOn', 'endsOn'] });
  const translate = useTranslate();
  const days = span(startsOn, endsOn);
  return (
    <NumberInput
      source="days"
      min={1}
      step={1}
      helperText={
        days && days > 0 ? translate('crm.teacherPractices.daysHelp', { days }) : 'crm.teacherPractices.daysHelpEmpty'
      }
    />
  );
}

export function TeacherPracticeInputs() {
  return (
    <>
      <ReferenceInput source="staffId" reference="staff">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} useFlexGap>
        <DayInput source="startsOn" validate={required()} />
        <DayInput source="endsOn" validate={required()} />
        <DaysInput />
      </Stack>
      <TextInput
        source="content"
        validate={required()}
        multiline
        minRows={3}
        fullWidth
        helperText="crm.teacherPractices.contentHelp"
      />
      <ReferenceInput source="outcomeId" reference="outcomes">
        <AutocompleteInput fullWidth helperText="crm.teacherPractices.outcomeHelp" />
      </ReferenceInput>
    </>
  );
}
