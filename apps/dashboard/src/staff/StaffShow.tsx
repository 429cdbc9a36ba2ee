import { BooleanField, DataTable, EmailField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip, DayField, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { PracticesOf } from '../teacher-practices/TeacherPracticeShow';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function StaffShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.staff.staffMember">
          <TextField source="name" />
          <TextField source="title" label="crm.staff.position" />
          <ReferenceField source="unitId" reference="units" label="crm.staff.unit" />
          <EmailField source="email" />
          <TextField source="phone" />
          <TextField source="username" emptyText="crm.staff.noLogin2" />
          <ChoiceChip source="role" choices={vocabularyChoices('roles')} />
          <BooleanField source="hasLogin" label="crm.staff.canLogIn" />
          <BooleanField source="active" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.staff.tasks" path="tasks">
          <Related reference="tasks" target="assigneeId" sort={{ field: 'dueDate', order: 'ASC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="crm.staff.due" field={DayField} />
            <DataTable.Col source="doneAt" label="crm.staff.done" field={DayField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.staff.meetings" path="meetings">
          <Related reference="meetings" target="staffIds" sort={{ field: 'startsAt', order: 'DESC' }}>
            <DataTable.Col source="startsAt" label="crm.staff.when" field={DayField} />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.staff.outcomesOwned" path="outcomes">
          <Related reference="outcomes" target="ownerId" sort={{ field: 'updatedAt', order: 'DESC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.teacherPractices.tab" path="practices">
          <PracticesOf target="staffId" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.staff.history" path="history">
          <Timeline resource="staff" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
