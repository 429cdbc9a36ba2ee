import DoneIcon from '@mui/icons-material/Done';
import { chinaDay, Task } from '@crm/domain';
import { Button } from '@mui/material';
import {
  DataTable,
  FilterList,
  FilterListItem,
  ReferenceField,
  useCanAccess,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useUpdate,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { DayField } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { useFormat } from '../i18n';

export function MarkDoneButton() {
  const task = useRecordContext<Task>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const translate = useTranslate();
  // marking done is an update of the task: a college account's own tasks only
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'tasks', record: task, enabled: !!task });
  if (!task || task.doneAt || !canAccess) return null;
  return (
    <Button
      size="small"
      startIcon={<DoneIcon />}
      sx={{ whiteSpace: 'nowrap' }}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        update(
          'tasks',
          { id: task.id, data: { doneAt: new Date().toISOString(), version: task.version }, previousData: task },
          { mutationMode: 'pessimistic', onError: (error) => notify((error as Error).message, { type: 'error' }) },
        );
      }}
    >
      {translate('crm.tasks.markDone')}
    </Button>
  );
}

function TaskFilters() {
  const { identity } = useGetIdentity();
  const today = chinaDay(new Date());
  return (
    <>
      <FilterList label="crm.tasks.status" icon={null}>
        <FilterListItem label="crm.tasks.open2" value={{ doneAt: null }} />
        <FilterListItem label="crm.tasks.overdue" value={{ doneAt: null, dueDate_lt: today }} />
        <FilterListItem label="crm.tasks.done" value={{ doneAt_neq: null }} />
      </FilterList>
      {identity && (
        <FilterList label="crm.tasks.assignee" icon={null}>
          <FilterListItem label="crm.tasks.mine" value={{ assigneeId: identity.id }} />
        </FilterList>
      )}
      <FilterHeading>crm.tasks.narrowTo</FilterHeading>
      <ReferenceFilter source="assigneeId" reference="staff" label="crm.tasks.assignee" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="crm.tasks.enterprise" />
    </>
  );
}

export function TaskList() {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <ResourceList
      scoped
      sidebar={<TaskFilters />}
      sort={{ field: 'dueDate', order: 'ASC' }}
      filterDefaultValues={{ doneAt: null }}
    >
      <ResponsiveList
        phone={
          <SimpleList<Task>
            primaryText={(task) => task.title}
            secondaryText={(task) =>
              task.dueDate
                ? translate('crm.home.due', { date: format.date(task.dueDate) })
                : translate('crm.home.noDueDate')
            }
            tertiaryText={(task) => (task.doneAt ? translate('crm.tasks.doneShort') : '')}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="title" />
          <DataTable.Col source="dueDate" label="crm.tasks.due" field={DayField} />
          <DataTable.Col source="assigneeId" label="crm.tasks.assignee">
            <ReferenceField source="assigneeId" reference="staff" link={false} />
          </DataTable.Col>
          <DataTable.Col source="meetingId" label="crm.tasks.followsUp" disableSort>
            <ReferenceField source="meetingId" reference="meetings" link={false} />
            <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
          </DataTable.Col>
          <DataTable.Col source="doneAt" label="crm.tasks.done" field={DayField} />
          <DataTable.Col label="" disableSort>
            <MarkDoneButton />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
