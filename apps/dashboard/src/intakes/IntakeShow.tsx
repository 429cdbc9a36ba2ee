import { NumberField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function IntakeShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.intakes.intake">
          <ReferenceField source="outcomeId" reference="outcomes" label="crm.intakes.internshipBase" />
          <TextField source="academicYear" />
          <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
          <ReferenceField source="majorId" reference="majors" label="crm.intakes.major" />
          <NumberField source="positions" label="crm.intakes.positionsOffered" />
          <NumberField source="placed" label="crm.intakes.studentsPlaced" />
          <NumberField source="hired" label="crm.intakes.hiredAfterTheInternship" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.intakes.history" path="history">
          <Timeline resource="intakes" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
