import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormat } from '../i18n';
import {
  discardVisit,
  onOutboxChange,
  queuedVisits,
  sendWaiting,
  takeExistingEnterprise,
  type QueuedVisit,
} from './outbox';

const STATUS_COLOURS = { waiting: 'warning', sent: 'success', conflict: 'error' } as const;

/** The visits kept on this phone: waiting to be sent, sent (with the meeting they became), or in conflict to resolve. */
export function KeptVisits() {
  const translate = useTranslate();
  const format = useFormat();
  const [visits, setVisits] = useState<QueuedVisit[]>([]);
  useEffect(() => {
    const load = () => void queuedVisits().then(setVisits);
    load();
    return onOutboxChange(load);
  }, []);
  return (
    <Box>
      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {translate('crm.visits.kept')}
      </Typography>
      {visits.length === 0 && <Typography color="text.secondary">{translate('crm.visits.none')}</Typography>}
      <Stack spacing={1}>
        {visits.map((visit) => (
          <Card key={visit.id} variant="outlined" data-testid="kept-visit">
            <CardContent sx={{ pb: 1 }}>
              <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{visit.draft.title}</Typography>
                <Chip label={translate(`crm.visits.${visit.status}`)} color={STATUS_COLOURS[visit.status]} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {format.dateTime(visit.draft.startsAt)} ·{' '}
                {translate('crm.visits.photosCount', { smart_count: visit.photos.length })}
              </Typography>
              {visit.problem ? (
                <Typography variant="body2" color="error" sx={{ mt: 1 }}>
                  {visit.problem}
                </Typography>
              ) : null}
            </CardContent>
            <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
              {visit.status === 'sent' && visit.meetingId ? (
                <Button component={Link} to={`/meetings/${visit.meetingId}/show`} sx={{ minHeight: 48 }}>
                  {translate('crm.visits.open')}
                </Button>
              ) : null}
              {visit.status === 'waiting' ? (
                <Button onClick={() => void sendWaiting()} sx={{ minHeight: 48 }}>
                  {translate('crm.visits.sendNow')}
                </Button>
              ) : null}
              {visit.status === 'conflict' && visit.existing ? (
                <Button variant="contained" onClick={() => void takeExistingEnterprise(visit)} sx={{ minHeight: 48 }}>
                  {translate('crm.visits.useExisting', { name: visit.existing.name })}
                </Button>
              ) : null}
              {visit.status !== 'waiting' ? (
                <Button
                  color={visit.status === 'conflict' ? 'error' : 'inherit'}
                  onClick={() => void discardVisit(visit.id)}
                  sx={{ minHeight: 48 }}
                >
                  {translate('crm.visits.discard')}
                </Button>
              ) : null}
            </CardActions>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
