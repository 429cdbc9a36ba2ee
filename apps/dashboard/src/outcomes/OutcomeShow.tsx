import {
  DataTable,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { RenewButton, TermsHistory } from '../agreements/RenewButton';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ChoiceChip, DayField, MoneyField, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { PracticesOf } from '../teacher-practices/TeacherPracticeShow';
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
        <TabbedShowLayout.Tab label="crm.outcomes.outcome">
          <TextField source="title" />
          <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
          <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
          <ReferenceField source="enterpriseId" reference="enterprises" label="crm.outcomes.partner" />
          <ReferenceField source="chamberId" reference="chambers" label="crm.outcomes.broughtBy" emptyText="—" />
          <ReferenceField source="unitId" reference="units" label="crm.outcomes.responsibleUnit" emptyText="—" />
          <ReferenceField source="ownerId" reference="staff" label="crm.outcomes.owner" emptyText="—" />
          <ReferenceField source="meetingId" reference="meetings" label="crm.outcomes.cameOutOf" emptyText="—" />
          <DayField source="signedDate" label="crm.outcomes.signed" />
          <DayField source="startDate" label="crm.outcomes.starts" />
          <DayField source="endDate" label="crm.outcomes.ends" />
          <ChoiceChip source="renewal" choices={vocabularyChoices('renewals')} />
          <MoneyField source="value" label="crm.outcomes.valueCny" />
          <NumberField source="capacity" label="crm.outcomes.capacityStudentsPerYear" emptyText="—" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.outcomes.internships" path="intakes">
          <Related
            reference="intakes"
            target="outcomeId"
            addLabel="crm.outcomes.recordAnIntake"
            prefill={(outcome) => ({ outcomeId: outcome.id })}
            sort={{ field: 'academicYear', order: 'DESC' }}
          >
            <DataTable.Col source="academicYear" label="crm.outcomes.year" />
            <DataTable.Col source="term">
              <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
            </DataTable.Col>
            <DataTable.Col source="majorId" label="crm.outcomes.major">
              <ReferenceField source="majorId" reference="majors" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="positions" />
            <DataTable.NumberCol source="placed" />
            <DataTable.NumberCol source="hired" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.outcomes.tasks" path="tasks">
          <Related
            reference="tasks"
            target="outcomeId"
            addLabel="crm.outcomes.addAFollowUp"
            prefill={(outcome) => ({ outcomeId: outcome.id })}
            sort={{ field: 'dueDate', order: 'ASC' }}
          >
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="crm.outcomes.due" field={DayField} />
            <DataTable.Col source="doneAt" label="crm.outcomes.done" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.agreements.tab" path="agreement">
          <TermsHistory />
          <AttachmentsPanel resource="outcomes" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.teacherPractices.tab" path="practices">
          <PracticesOf target="outcomeId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.outcomes.history" path="history">
          <Timeline resource="outcomes" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
