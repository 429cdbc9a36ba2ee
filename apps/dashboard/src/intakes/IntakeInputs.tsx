import { academicYearOf, chinaDay } from '@crm/domain';
import { Stack } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { IntakeUseInputs } from '../annual-report/FigureInputs';
import { academicYear, atMost } from '../common/validation';
import { vocabularyChoices } from '../i18n';

/** Outcome kinds that take students, as the API checks. */
const PLACEMENT_KINDS = ['internship_base', 'order_class', 'employment_positions'];
const count = (value: unknown) =>
  typeof value === 'number' && (value < 0 || !Number.isInteger(value)) ? 'crm.validation.count' : undefined;

/**
 * The rows space their inputs by gap (useFlexGap): Stack's spacing by margins took the top margin
 * off every input but a row's first, which sat the term, placed and hired inputs out of line.
 */
export function IntakeInputs() {
  return (
    <>
      <ReferenceInput source="outcomeId" reference="outcomes" filter={{ kind: PLACEMENT_KINDS }}>
        <AutocompleteInput label="crm.intakes.internshipBaseOutcome" validate={required()} fullWidth />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} useFlexGap>
        <TextInput
          source="academicYear"
          validate={[required(), academicYear]}
          defaultValue={academicYearOf(chinaDay(new Date()))}
          helperText="crm.intakes.yearExample"
        />
        <SelectInput source="term" choices={vocabularyChoices('terms')} validate={required()} defaultValue="autumn" />
      </Stack>
      <ReferenceInput source="majorId" reference="majors">
        <AutocompleteInput label="crm.intakes.major" validate={required()} />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} useFlexGap>
        <NumberInput
          source="positions"
          label="crm.intakes.positionsOffered"
          defaultValue={0}
          validate={count}
          min={0}
        />
        <NumberInput source="placed" label="crm.intakes.studentsPlaced" defaultValue={0} validate={count} min={0} />
        <NumberInput
          source="hired"
          label="crm.intakes.hiredAfterTheInternship"
          defaultValue={0}
          validate={[count, atMost('placed', 'crm.validation.hiredOverPlaced')]}
          min={0}
        />
      </Stack>
      <IntakeUseInputs />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
