import { BooleanField, DataTable, DateField, EmailField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function StaffShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Staff member">
          <TextField source="name" />
          <TextField source="title" label="Position" />
          <ReferenceField source="unitId" reference="units" label="Unit" />
          <EmailField source="email" />
          <TextField source="phone" />
          <TextField source="username" emptyText="(no login)" />
          <ChoiceChip source="role" choices={vocabularyChoices('roles')} />
          <BooleanField source="hasLogin" label="Can log in" />
          <BooleanField source="active" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Tasks" path="tasks">
          <Related reference="tasks" target="assigneeId" sort={{ field: 'dueDate', order: 'ASC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="dueDate" label="Due" field={DateField} />
            <DataTable.Col source="doneAt" label="Done" field={DateField} />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Meetings" path="meetings">
          <Related reference="meetings" target="staffIds" sort={{ field: 'startsAt', order: 'DESC' }}>
            <DataTable.Col source="startsAt" label="When" field={DateField} />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Outcomes owned" path="outcomes">
          <Related reference="outcomes" target="ownerId" sort={{ field: 'updatedAt', order: 'DESC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="staff" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
