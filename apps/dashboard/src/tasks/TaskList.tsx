import DoneIcon from '@mui/icons-material/Done';
import { chinaDay, Task } from '@crm/domain';
import { Button } from '@mui/material';
import { DataTable, DateField, FilterList, FilterListItem, ReferenceField, useGetIdentity, useNotify, useRecordContext, useUpdate, SimpleList } from 'react-admin';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';

export function MarkDoneButton() {
  const task = useRecordContext<Task>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  if (!task || task.doneAt) return null;
  return (
    <Button
      size="small"
      startIcon={<DoneIcon />}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        update('tasks', { id: task.id, data: { doneAt: new Date().toISOString(), version: task.version }, previousData: task }, { mutationMode: 'pessimistic', onError: (error) => notify((error as Error).message, { type: 'error' }) });
      }}
    >
      Done
    </Button>
  );
}

function TaskFilters() {
  const { identity } = useGetIdentity();
  const today = chinaDay(new Date());
  return (
    <>
      <FilterList label="Status" icon={null}>
        <FilterListItem label="Open" value={{ doneAt: null }} />
        <FilterListItem label="Overdue" value={{ doneAt: null, dueDate_lt: today }} />
        <FilterListItem label="Done" value={{ doneAt_neq: null }} />
      </FilterList>
      {identity && (
        <FilterList label="Assignee" icon={null}>
          <FilterListItem label="Mine" value={{ assigneeId: identity.id }} />
        </FilterList>
      )}
      <FilterHeading>Narrow to</FilterHeading>
      <ReferenceFilter source="assigneeId" reference="staff" label="Assignee" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="Enterprise" />
    </>
  );
}

export function TaskList() {
  return (
    <ResourceList sidebar={<TaskFilters />} sort={{ field: 'dueDate', order: 'ASC' }} filterDefaultValues={{ doneAt: null }}>
      <ResponsiveList
        phone={
          <SimpleList<Task>
            primaryText={(task) => task.title}
            secondaryText={(task) => (task.dueDate ? `due ${task.dueDate}` : 'no due date')}
            tertiaryText={(task) => (task.doneAt ? 'done' : '')}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="title" />
          <DataTable.Col source="dueDate" label="Due" field={DateField} />
          <DataTable.Col source="assigneeId" label="Assignee">
            <ReferenceField source="assigneeId" reference="staff" link={false} />
          </DataTable.Col>
          <DataTable.Col source="meetingId" label="Follows up" disableSort>
            <ReferenceField source="meetingId" reference="meetings" link={false} />
            <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
          </DataTable.Col>
          <DataTable.Col source="doneAt" label="Done" field={DateField} />
          <DataTable.Col label="" disableSort>
            <MarkDoneButton />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
