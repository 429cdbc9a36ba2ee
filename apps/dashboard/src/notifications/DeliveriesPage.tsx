import {
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { NotificationDeliveryRecord } from '@crm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';
import { postAction, usePagedReport } from '../endpoints';

const COLUMNS = ['createdAt', 'channel', 'target', 'status', 'attempts', 'lastError', 'sentAt'] as const;
const STATUS_COLOURS = { pending: 'default', sent: 'success', failed: 'error' } as const;

/** The admin's view of the outbox: each delivery with its status, attempts and last error; a test on every channel, the digest now. */
export default function DeliveriesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const format = useFormat();
  const client = useQueryClient();
  const { data } = usePagedReport<NotificationDeliveryRecord>('notification-deliveries', {
    sort: JSON.stringify(['id', 'DESC']),
    range: JSON.stringify([0, 99]),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['reports', 'notification-deliveries'] });
  const test = async () => {
    const results =
      await postAction<{ channel: 'email' | 'wecom'; ok: boolean; error: string | null }[]>('notifications/test');
    for (const result of results) {
      notify(
        translate('crm.notifications.testResult', {
          channel: translate(`crm.notifications.channels.${result.channel}`),
          result: result.ok ? translate('crm.notifications.ok') : result.error,
        }),
        { type: result.ok ? 'success' : 'warning', multiLine: true },
      );
    }
    await refresh();
  };
  const digest = async () => {
    const { digests } = await postAction<{ digests: number }>('notifications/digest');
    notify(translate('crm.notifications.digestSent', { smart_count: digests }), { type: 'info' });
    await refresh();
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="crm.notifications.deliveriesTitle" />
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6">{translate('crm.notifications.deliveriesTitle')}</Typography>
          <Stack direction="row" spacing={1}>
            <Button onClick={() => void test()}>{translate('crm.notifications.sendTest')}</Button>
            <Button onClick={() => void digest()}>{translate('crm.notifications.sendDigest')}</Button>
          </Stack>
        </Stack>
        <Table size="small" data-testid="deliveries">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`crm.notifications.columns.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{format.dateTime(row.createdAt)}</TableCell>
                <TableCell>{translate(`crm.notifications.channels.${row.channel}`)}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{row.target}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={STATUS_COLOURS[row.status]}
                    label={translate(`crm.notifications.statuses.${row.status}`)}
                  />
                </TableCell>
                <TableCell>{row.attempts}</TableCell>
                <TableCell>{row.lastError ?? ''}</TableCell>
                <TableCell>{row.sentAt ? format.dateTime(row.sentAt) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
