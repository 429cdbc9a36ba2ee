import { DataTable, DateField, EditButton, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar } from 'react-admin';
import { RenewButton, TermsHistory } from '../agreements/RenewButton';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function OutcomeShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RenewButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Outcome">
          <TextField source="title" />
          <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
          <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
          <ReferenceField source="enterpriseId" reference="enterprises" label="Partner" />
          <ReferenceField source="chamberId" reference="chambers" label="Brought by" emptyText="—" />
          <ReferenceField source="unitId" reference="units" label="Responsible unit" emptyText="—" />
          <ReferenceField source="ownerId" reference="staff" label="Owner" emptyText="—" />
          <ReferenceField source="meetingId" reference="meetings" label="Came out of" emptyText="—" />
          <DateField source="signedDate" label="Signed" emptyText="—" />
          <DateField source="startDate" label="Starts" emptyText="—" />
          <DateField source="endDate" label="Ends" emptyText="—" />
          <ChoiceChip source="renewal" choices={vocabularyChoices('renewals')} />
          <NumberField source="value" label="Value (CNY)" emptyText="—" />
          <NumberField source="capacity" label="Capacity (students per year)" emptyText="—" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Internships" path="intakes">
          <Related reference="intakes" target="outcomeId" addLabel="Record an intake" prefill={(outcome) => ({ outcomeId: outcome.id })} sort={{ field: 'academicYear', order: 'DESC' }}>
            <DataTable.Col source="academicYear" label="Year" />
            <DataTable.Col source="term">
              <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
            </DataTable.Col>
            <DataTable.Col source="majorId" label="Major">
              <ReferenceField source="majorId" reference="majors" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="positions" />
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tasks" path="tasks">
          <Related reference="tasks" target="outcomeId" addLabel="Add a follow-up" prefill={(outcome) => ({ outcomeId: outcome.id })} sort={{ field: 'dueDate', order: 'ASC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="Due" field={DateField} />
            <DataTable.Col source="doneAt" label="Done" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.agreements.tab" path="agreement">
          <TermsHistory />
          <AttachmentsPanel resource="outcomes" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="outcomes" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
