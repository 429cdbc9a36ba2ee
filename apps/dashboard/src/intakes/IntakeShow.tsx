import { NumberField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function IntakeShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Intake">
          <ReferenceField source="outcomeId" reference="outcomes" label="Internship base" />
          <TextField source="academicYear" />
          <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
          <ReferenceField source="majorId" reference="majors" label="Major" />
          <NumberField source="positions" label="Positions offered" />
          <NumberField source="placed" label="Students placed" />
          <NumberField source="hired" label="Hired after the internship" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="intakes" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
