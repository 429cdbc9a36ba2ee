import { DateField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, EditButton } from 'react-admin';
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
        <TabbedShowLayout.Tab label="Task">
          <TextField source="title" />
          <ReferenceField source="assigneeId" reference="staff" label="Assignee" emptyText="—" />
          <DateField source="dueDate" label="Due" emptyText="—" />
          <DateField source="doneAt" label="Done" showTime emptyText="open" />
          <ReferenceField source="meetingId" reference="meetings" label="Meeting" emptyText="—" />
          <ReferenceField source="enterpriseId" reference="enterprises" label="Enterprise" emptyText="—" />
          <ReferenceField source="outcomeId" reference="outcomes" label="Outcome" emptyText="—" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="tasks" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
