import { Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, useTranslate } from 'react-admin';

const notNegative = (value: unknown) =>
  typeof value === 'number' && value < 0 ? 'crm.annualReport.notNegative' : undefined;
const whole = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'crm.annualReport.wholeNumber' : undefined;
const COUNT = [notNegative, whole];

/** On an outcome: the major it serves and what the annual report counts of it in its academic year. */
export function OutcomeFigureInputs() {
  const translate = useTranslate();
  const kind = useWatch({ name: 'kind' });
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('crm.annualReport.outcomeFigures')}
      </Typography>
      <ReferenceInput source="majorId" reference="majors">
        <AutocompleteInput optionText={(major: { code: string; name: string }) => `${major.code} ${major.name}`} />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ flexWrap: 'wrap' }}>
        <NumberInput source="orderClassStudents" validate={COUNT} min={0} />
        <NumberInput source="courses" validate={COUNT} min={0} />
        <NumberInput source="textbooks" validate={COUNT} min={0} />
        <NumberInput source="partTimeTeachers" validate={COUNT} min={0} />
        <NumberInput source="trainingPersonDays" validate={COUNT} min={0} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <NumberInput source="donatedEquipmentValue" validate={notNegative} min={0} />
        <NumberInput source="quasiDonatedEquipmentValue" validate={notNegative} min={0} />
        <NumberInput source="technicalServiceIncome" validate={notNegative} min={0} />
      </Stack>
      {kind === 'internship_base' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ alignItems: { sm: 'center' } }}>
          <NumberInput source="trainingProjects" validate={COUNT} min={0} />
          <NumberInput source="internshipAllowance" validate={notNegative} min={0} />
          <NumberInput source="paymentPerStudent" validate={notNegative} min={0} />
          <BooleanInput source="providesAccommodation" />
        </Stack>
      )}
    </>
  );
}

/** On an intake: how the base was used by the major that term. */
export function IntakeUseInputs() {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <NumberInput source="studentVisits" defaultValue={0} validate={COUNT} min={0} />
      <NumberInput source="daysInUse" defaultValue={0} validate={COUNT} min={0} max={366} />
      <NumberInput source="halfYearInterns" defaultValue={0} validate={COUNT} min={0} />
      <NumberInput source="supervisingTeachers" defaultValue={0} validate={COUNT} min={0} />
    </Stack>
  );
}
