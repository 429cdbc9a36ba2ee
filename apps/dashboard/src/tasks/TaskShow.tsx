import { ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, EditButton } from 'react-admin';
import { DayField, TimeField } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { MarkDoneButton } from './TaskList';
import { scrollableTabs } from '../common/pages';

export function TaskShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <MarkDoneButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.tasks.task">
          <TextField source="title" />
          <ReferenceField source="assigneeId" reference="staff" label="crm.tasks.assignee" emptyText="—" />
          <DayField source="dueDate" label="crm.tasks.due" />
          <TimeField source="doneAt" label="crm.tasks.done" emptyText="crm.tasks.open" />
          <ReferenceField source="meetingId" reference="meetings" label="crm.tasks.meeting" emptyText="—" />
          <ReferenceField source="enterpriseId" reference="enterprises" label="crm.tasks.enterprise" emptyText="—" />
          <ReferenceField source="outcomeId" reference="outcomes" label="crm.tasks.outcome" emptyText="—" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.tasks.history" path="history">
          <Timeline resource="tasks" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
