import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Switch,
} from '@mui/material';
import type { NotificationSettingsRecord } from '@crm/domain';
import { forwardRef, useState } from 'react';
import { useNotify, useTranslate, useUserMenu } from 'react-admin';
import { API_URL, createHttpClient } from '../dataProvider';
import { getReport } from '../endpoints';

const http = createHttpClient();
const CHANNELS = ['email', 'wecom', 'digest'] as const;

/** In the user menu: where notifications reach the user besides the app (e-mail, the WeChat Work group, the daily digest). */
export const NotificationSettingsMenuItem = forwardRef<HTMLLIElement>(
  function NotificationSettingsMenuItem(props, ref) {
    const translate = useTranslate();
    const notify = useNotify();
    const userMenu = useUserMenu();
    const [settings, setSettings] = useState<NotificationSettingsRecord | null>(null);
    const show = async () => {
      try {
        setSettings(await getReport<NotificationSettingsRecord>('auth/notification-settings'));
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
      }
    };
    const close = () => {
      setSettings(null);
      userMenu?.onClose();
    };
    const save = async () => {
      try {
        await http(`${API_URL}/auth/notification-settings`, { method: 'PUT', body: JSON.stringify(settings) });
        notify('crm.notifications.saved', { type: 'success' });
        close();
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
      }
    };
    return (
      <>
        <MenuItem ref={ref} {...props} onClick={show} data-testid="notification-settings">
          <ListItemIcon>
            <NotificationsActiveIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('crm.notifications.settings')}</ListItemText>
        </MenuItem>
        <Dialog open={settings !== null} onClose={close} fullWidth maxWidth="xs">
          <DialogTitle>{translate('crm.notifications.settings')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('crm.notifications.settingsExplain')}</DialogContentText>
            <FormGroup sx={{ mt: 1 }}>
              {CHANNELS.map((channel) => (
                <FormControlLabel
                  key={channel}
                  control={
                    <Switch
                      checked={settings?.[channel] ?? false}
                      onChange={(event) => settings && setSettings({ ...settings, [channel]: event.target.checked })}
                    />
                  }
                  label={translate(`crm.notifications.${channel}`)}
                />
              ))}
            </FormGroup>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={save}>
              {translate('ra.action.save')}
            </Button>
          </DialogActions>
        </Dialog>
      </>
    );
  },
);
