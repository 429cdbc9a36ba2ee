import EventIcon from '@mui/icons-material/Event';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  ListItemIcon,
  ListItemText,
  MenuItem,
  TextField,
} from '@mui/material';
import { forwardRef, useState } from 'react';
import { useNotify, useTranslate, useUserMenu } from 'react-admin';
import { getReport, postAction } from '../endpoints';

/** In the user menu: the personal calendar link to subscribe to in Outlook, Apple or Google calendars. */
export const CalendarLinkMenuItem = forwardRef<HTMLLIElement>(function CalendarLinkMenuItem(props, ref) {
  const translate = useTranslate();
  const notify = useNotify();
  const userMenu = useUserMenu();
  const [url, setUrl] = useState<string | null>(null);
  const show = async () => {
    try {
      setUrl((await getReport<{ url: string }>('calendar/link')).url);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const renew = async () => setUrl((await postAction<{ url: string }>('calendar/link')).url);
  const close = () => {
    setUrl(null);
    userMenu?.onClose();
  };
  return (
    <>
      <MenuItem ref={ref} {...props} onClick={show} data-testid="calendar-link">
        <ListItemIcon>
          <EventIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('crm.calendar.menu')}</ListItemText>
      </MenuItem>
      <Dialog open={url !== null} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('crm.calendar.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('crm.calendar.explain')}</DialogContentText>
          <TextField
            value={url ?? ''}
            fullWidth
            sx={{ mt: 2 }}
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'calendar-url' } }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={renew} color="warning">
            {translate('crm.calendar.renew')}
          </Button>
          <Button
            onClick={() =>
              url && navigator.clipboard.writeText(url).then(() => notify('crm.calendar.copied', { type: 'success' }))
            }
          >
            {translate('crm.calendar.copy')}
          </Button>
          <Button onClick={close}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
});
