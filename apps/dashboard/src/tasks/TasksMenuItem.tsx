import { Badge } from '@mui/material';
import { Menu as RaMenu, useGetResourceLabel, useTranslate } from 'react-admin';
import { useOverdueCount } from './MyTasksCard';

/** The tasks menu item carries how many of mine are overdue. */
export function TasksMenuItem() {
  const overdue = useOverdueCount();
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel();
  return (
    <RaMenu.ResourceItem
      name="tasks"
      primaryText={
        <Badge
          badgeContent={overdue}
          color="error"
          max={999}
          title={overdue ? translate('crm.followups.overdueInMenu', { count: overdue }) : undefined}
          slotProps={{ badge: { 'data-testid': 'overdue-badge' } as object }}
          sx={{ pr: overdue ? 2 : 0 }}
        >
          {resourceLabel('tasks', 2)}
        </Badge>
      }
    />
  );
}
