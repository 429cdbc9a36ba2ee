import CheckIcon from '@mui/icons-material/Check';
import {
  Button,
  Card,
  CardContent,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Tab,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import { addDays, chinaDay, Task } from '@crm/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCanAccess, useGetIdentity, useGetList, useNotify, useTranslate, useUpdate } from 'react-admin';
import { useFormat } from '../i18n';

type Horizon = 'open' | 'today' | 'overdue' | 'week';
const HORIZONS: Horizon[] = ['open', 'today', 'overdue', 'week'];

/** The open tasks of one horizon, as a list filter. */
export function horizonFilter(horizon: Horizon, assigneeId: unknown, today: string): Record<string, unknown> {
  const open = { assigneeId, doneAt: null };
  switch (horizon) {
    case 'open':
      return open;
    case 'today':
      return { ...open, dueDate: today };
    case 'overdue':
      return { ...open, dueDate_lt: today };
    case 'week':
      return { ...open, dueDate_gte: today, dueDate_lte: addDays(today, 6) };
  }
}

/** One click marks a task done; the list it is in refreshes. */
function DoneButton({ task }: { task: Task }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'tasks', record: task });
  if (!canAccess) return null;
  return (
    <Tooltip title={translate('crm.followups.markDone')}>
      <IconButton
        edge="end"
        aria-label={translate('crm.followups.markDone')}
        disabled={isPending}
        onClick={() =>
          update(
            'tasks',
            { id: task.id, data: { ...task, doneAt: new Date().toISOString() }, previousData: task },
            {
              onSuccess: () => notify('crm.followups.done', { type: 'success' }),
              onError: (error) => notify((error as Error).message, { type: 'error' }),
            },
          )
        }
      >
        <CheckIcon />
      </IconButton>
    </Tooltip>
  );
}

/** A horizon's name and how many tasks it holds. */
function HorizonLabel({ horizon, assigneeId, today }: { horizon: Horizon; assigneeId: unknown; today: string }) {
  const translate = useTranslate();
  const { total } = useGetList<Task>(
    'tasks',
    { filter: horizonFilter(horizon, assigneeId, today), pagination: { page: 1, perPage: 1 } },
    { enabled: assigneeId !== undefined },
  );
  return (
    <span>
      {translate(`crm.followups.${horizon}`)} {total ?? ''}
    </span>
  );
}

/** The home page's first card: my follow-ups, open, due today, overdue, this week. */
export function MyTasksCard() {
  const translate = useTranslate();
  const format = useFormat();
  const { identity } = useGetIdentity();
  const today = chinaDay(new Date());
  const [horizon, setHorizon] = useState<Horizon>('open');
  const filter = horizonFilter(horizon, identity?.id, today);
  const { data, total } = useGetList<Task>(
    'tasks',
    { filter, sort: { field: 'dueDate', order: 'ASC' }, pagination: { page: 1, perPage: 8 } },
    { enabled: !!identity },
  );
  return (
    <Card data-testid="my-tasks">
      <CardContent>
        <Typography variant="h6">{translate('crm.followups.myTasks')}</Typography>
        <Tabs
          value={horizon}
          onChange={(_, value: Horizon) => setHorizon(value)}
          variant="scrollable"
          allowScrollButtonsMobile
        >
          {HORIZONS.map((name) => (
            <Tab
              key={name}
              value={name}
              label={<HorizonLabel horizon={name} assigneeId={identity?.id} today={today} />}
              data-testid={`tasks-${name}`}
            />
          ))}
        </Tabs>
        {data && data.length === 0 && (
          <Typography color="text.secondary">{translate('crm.followups.nothing')}</Typography>
        )}
        <List dense aria-label={translate('crm.followups.myTasks')}>
          {data?.map((task) => (
            <ListItem key={task.id} disablePadding secondaryAction={<DoneButton task={task} />}>
              <ListItemButton
                component={Link}
                to={task.meetingId ? `/meetings/${task.meetingId}/show` : `/tasks/${task.id}/show`}
              >
                <ListItemText
                  primary={task.title}
                  secondary={
                    task.dueDate
                      ? translate('crm.followups.due', { date: format.date(task.dueDate) })
                      : translate('crm.followups.noDueDate')
                  }
                  slotProps={{
                    secondary: { color: task.dueDate && task.dueDate < today ? 'error' : 'text.secondary' },
                  }}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        {identity && total !== undefined && total > (data?.length ?? 0) && (
          <Button component={Link} to={`/tasks?filter=${encodeURIComponent(JSON.stringify(filter))}`} size="small">
            {translate('crm.followups.all', { count: format.number(total) })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** How many of my tasks are overdue, for the menu. */
export function useOverdueCount(): number | undefined {
  const { identity } = useGetIdentity();
  const today = chinaDay(new Date());
  return useGetList<Task>(
    'tasks',
    { filter: horizonFilter('overdue', identity?.id, today), pagination: { page: 1, perPage: 1 } },
    { enabled: !!identity },
  ).total;
}
