import { Button, Card, CardContent, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../i18n/format';
import { routeOf, useMarkRead, useNotifications } from './api';

/** The user's notifications, newest first; the unread in bold. Opening one marks it read. */
export default function NotificationsPage() {
  const translate = useTranslate();
  const format = useFormat();
  const navigate = useNavigate();
  const { data } = useNotifications({ rows: 100 });
  const markRead = useMarkRead();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="crm.notifications.page" />
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center">
          <Typography variant="h6">{translate('crm.notifications.page')}</Typography>
          <Button onClick={() => void markRead.all()}>{translate('crm.notifications.readAll')}</Button>
        </Stack>
        {data && !data.rows.length && (
          <Typography color="text.secondary">{translate('crm.notifications.empty')}</Typography>
        )}
        <List>
          {data?.rows.map((notification) => (
            <ListItemButton
              key={notification.id}
              divider
              onClick={async () => {
                await markRead.one(notification.id);
                navigate(routeOf(notification.link));
              }}
              data-testid="notification-row"
            >
              <ListItemText
                primary={notification.title}
                secondary={
                  <>
                    <span style={{ whiteSpace: 'pre-line' }}>{notification.body}</span>
                    <br />
                    {format.dateTime(notification.createdAt)}
                  </>
                }
                slotProps={{ primary: { fontWeight: notification.readAt ? 400 : 700 } }}
              />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
