import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Button,
  Divider,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import type { NotificationRecord } from '@crm/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { routeOf, useMarkRead, useNotifications } from './api';

/** In the app bar: the count of unread notifications; the newest of them in a menu, each opening its record. */
export function NotificationBell() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data } = useNotifications({ unread: true, rows: 8, poll: true });
  const markRead = useMarkRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const unread = data?.total ?? 0;
  const open = async (notification: NotificationRecord) => {
    setAnchor(null);
    await markRead.one(notification.id);
    navigate(routeOf(notification.link));
  };
  return (
    <>
      <Tooltip title={translate('crm.notifications.unread', { smart_count: unread })}>
        <IconButton
          color="inherit"
          onClick={(event) => setAnchor(event.currentTarget)}
          aria-label={translate('crm.notifications.bell')}
          data-testid="notification-bell"
        >
          <Badge
            badgeContent={unread}
            color="error"
            max={99}
            slotProps={{ badge: { 'data-testid': 'notification-count' } as object }}
          >
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { width: 380, maxWidth: '95vw' } } }}
      >
        {data?.rows.length ? (
          data.rows.map((notification) => (
            <MenuItem
              key={notification.id}
              onClick={() => void open(notification)}
              sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
              data-testid="notification-item"
            >
              <ListItemText
                primary={notification.title}
                secondary={notification.body}
                slotProps={{ primary: { fontWeight: 600, fontSize: 14 }, secondary: { fontSize: 13 } }}
              />
            </MenuItem>
          ))
        ) : (
          <Typography sx={{ px: 2, py: 1.5 }} color="text.secondary">
            {translate('crm.notifications.none')}
          </Typography>
        )}
        <Divider />
        <Stack direction="row" justifyContent="space-between" sx={{ px: 1 }}>
          <Button
            size="small"
            onClick={() => {
              setAnchor(null);
              navigate('/notifications');
            }}
          >
            {translate('crm.notifications.all')}
          </Button>
          <Button size="small" onClick={() => void markRead.all()} disabled={!unread}>
            {translate('crm.notifications.readAll')}
          </Button>
        </Stack>
      </Menu>
    </>
  );
}
