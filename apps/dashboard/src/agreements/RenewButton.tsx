import AutorenewIcon from '@mui/icons-material/Autorenew';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Outcome } from '@crm/domain';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DayField } from '../common/DateInputs';
import { useFormat } from '../i18n';
import { postAction } from '../endpoints';
import { termsOf } from './api';

const RENEWABLE = ['signed', 'active', 'lapsed', 'completed'];

/** The earlier terms of an agreement, then the current one. */
export function TermsHistory({ outcome: given }: { outcome?: Outcome }) {
  const record = useRecordContext<Outcome>();
  const outcome = given ?? record;
  const translate = useTranslate();
  const format = useFormat();
  const { data: terms } = useQuery({
    queryKey: ['outcomes', outcome?.id, 'terms', outcome?.version],
    enabled: !!outcome,
    queryFn: () => termsOf(outcome!.id),
  });
  if (!outcome) return null;
  const date = (value: string | null) => (value ? format.date(value) : '—');
  return (
    <Table size="small" aria-label={translate('crm.agreements.terms')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('crm.agreements.from')}</TableCell>
          <TableCell>{translate('crm.agreements.to')}</TableCell>
          <TableCell>{translate('crm.agreements.signed')}</TableCell>
          <TableCell>{translate('crm.agreements.renewed')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(terms ?? []).map((term) => (
          <TableRow key={term.id}>
            <TableCell>{date(term.startDate)}</TableCell>
            <TableCell>{date(term.endDate)}</TableCell>
            <TableCell>{date(term.signedDate)}</TableCell>
            <TableCell>{`${format.dateTime(term.renewedAt)}${term.renewedByName ? ` · ${term.renewedByName}` : ''}`}</TableCell>
          </TableRow>
        ))}
        <TableRow selected>
          <TableCell>{date(terms?.length ? terms[terms.length - 1].endDate : outcome.startDate)}</TableCell>
          <TableCell>{date(outcome.endDate)}</TableCell>
          <TableCell>{date(outcome.signedDate)}</TableCell>
          <TableCell>{translate('crm.agreements.current')}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** Renew the agreement of the outcome shown: a new end date (and when it was signed), with its terms so far. */
export function RenewButton() {
  const outcome = useRecordContext<Outcome>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState('');
  const [signedDate, setSignedDate] = useState('');
  const [saving, setSaving] = useState(false);
  // a renewal is an update of the outcome: another college's is not this account's to renew
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'outcomes', record: outcome, enabled: !!outcome });
  if (!outcome || !RENEWABLE.includes(outcome.stage) || !canAccess) return null;
  const save = async () => {
    setSaving(true);
    try {
      await postAction(`outcomes/${outcome.id}/renew`, { endDate, ...(signedDate ? { signedDate } : {}) });
      notify('crm.agreements.renewedNotice', { type: 'success' });
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['outcomes', outcome.id, 'terms'] });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button startIcon={<AutorenewIcon />} onClick={() => setOpen(true)} data-testid="renew">
        {translate('crm.agreements.renew')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('crm.agreements.renewTitle', { title: outcome.title })}</DialogTitle>
        <DialogContent>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('crm.agreements.terms')}
          </Typography>
          <TermsHistory outcome={outcome} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2 }}>
            <DayField
              label={translate('crm.agreements.newEnd')}
              value={endDate}
              onChange={setEndDate}
              testId="renew-end"
              required
            />
            <DayField label={translate('crm.agreements.signedOn')} value={signedDate} onChange={setSignedDate} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!endDate || saving} onClick={save} data-testid="renew-save">
            {translate('crm.agreements.renew')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
