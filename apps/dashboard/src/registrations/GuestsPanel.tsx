import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Link as MuiLink,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useCanAccess, useGetList, useNotify, useRecordContext, useTranslate } from 'react-admin';
import {
  OUTCOME_KIND_LABELS,
  type AcceptanceReport,
  type IssuedPublicLink,
  type MeetingGuests,
  type PublicLinkKind,
  type RegistrationRecord,
} from '@crm/domain';
import { API_URL, createHttpClient } from '../attachments/http';
import { useFormat } from '../i18n';
import { Qr } from './Qr';

const http = createHttpClient();
const OPEN: Record<Exclude<PublicLinkKind, 'signup'>, { path: string; label: string }> = {
  registration: { path: 'registration', label: 'crm.registrations.panel.openRegistration' },
  check_in: { path: 'check-in', label: 'crm.registrations.panel.openDoor' },
  survey: { path: 'survey', label: 'crm.registrations.panel.openSurvey' },
};

/**
 * A meeting's public side on its page: the links (with QR codes to print or paste into a WeChat
 * group), who registered and who signed in at the door (with the time), the acceptance of everyone
 * present in one click, and the survey's answers.
 */
export function GuestsPanel() {
  const meeting = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess: mayEdit } = useCanAccess({ action: 'update', resource: 'meetings', record: meeting });
  const { canAccess: mayAccept } = useCanAccess({ action: 'accept', resource: 'meetings' });
  const key = ['meeting-guests', meeting?.id];
  const { data: guests } = useQuery({
    queryKey: key,
    enabled: !!meeting,
    queryFn: async () => (await http(`${API_URL}/meetings/${meeting!.id}/guests`)).json as MeetingGuests,
  });
  const { data: registrations } = useGetList<RegistrationRecord & { id: number }>(
    'registrations',
    { filter: { meetingId: meeting?.id }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!meeting && mayAccept === true },
  );
  if (!meeting || !guests) return null;
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    await queryClient.invalidateQueries({ queryKey: ['registrations'] });
    await queryClient.invalidateQueries({ queryKey: ['meetings'] });
  };
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await refresh();
  };
  const open = (kind: Exclude<PublicLinkKind, 'signup'>) =>
    act(() =>
      http(`${API_URL}/meetings/${meeting.id}/${OPEN[kind].path}`, {
        method: 'POST',
        body: JSON.stringify(
          kind === 'registration' && new Date(meeting.startsAt) < new Date()
            ? { closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString() }
            : {},
        ),
      }),
    );
  const acceptAll = (present: boolean) =>
    act(async () => {
      const report = (
        await http(`${API_URL}/meetings/${meeting.id}/registrations/accept`, {
          method: 'POST',
          body: JSON.stringify(present ? { present: true } : {}),
        })
      ).json as AcceptanceReport;
      notify('crm.registrations.accepted', {
        type: 'success',
        messageArgs: {
          created: report.created.enterprises.length,
          matched: new Set(report.matched.enterprises).size,
          conflicts: report.conflicts.length,
        },
      });
    });
  const linkOf = (kind: PublicLinkKind, link: IssuedPublicLink) => (
    <Box key={kind} data-testid={`link-${kind}`} sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 1.5 }}>
      <Qr
        text={link.url}
        size={112}
        label={translate('crm.registrations.panel.qr', { page: translate(`crm.registrations.panel.link.${kind}`) })}
      />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2">{translate(`crm.registrations.panel.link.${kind}`)}</Typography>
        <Typography variant="caption" component="div" color="text.secondary">
          {translate('crm.registrations.panel.until', { time: format.dateTime(link.closesAt) })}
        </Typography>
        <Button
          size="small"
          onClick={() =>
            void navigator.clipboard?.writeText(link.url).then(() => notify('crm.registrations.panel.copied'))
          }
        >
          {translate('crm.registrations.panel.copy')}
        </Button>
        {kind === 'check_in' && (
          <MuiLink href={`/guest.html#/door/${link.token}`} target="_blank" rel="noopener" variant="body2">
            {translate('crm.registrations.panel.doorPage')}
          </MuiLink>
        )}
        {kind === 'registration' && (
          <Button
            size="small"
            color="warning"
            onClick={() => act(() => http(`${API_URL}/meetings/${meeting.id}/registration`, { method: 'DELETE' }))}
          >
            {translate('crm.registrations.panel.closeRegistration')}
          </Button>
        )}
      </Box>
    </Box>
  );
  const counts: [string, number][] = [
    ['registered', guests.registered],
    ['present', guests.present],
    ['walkIns', guests.walkIns],
    ['pending', guests.pending],
  ];
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="guests-panel">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('crm.registrations.panel.title')}
        </Typography>
        {mayEdit && (
          <Stack direction="row" spacing={1} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
            {(Object.keys(OPEN) as (keyof typeof OPEN)[])
              .filter((kind) => !guests.links[kind])
              .map((kind) => (
                <Button key={kind} variant="outlined" size="small" onClick={() => open(kind)}>
                  {translate(OPEN[kind].label)}
                </Button>
              ))}
          </Stack>
        )}
        {(Object.entries(guests.links) as [PublicLinkKind, IssuedPublicLink][]).map(([kind, link]) =>
          linkOf(kind, link),
        )}
        <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }} data-testid="guest-counts">
          {counts.map(([name, count]) => (
            <Chip key={name} size="small" label={`${translate(`crm.registrations.panel.${name}`)} ${count}`} />
          ))}
        </Stack>
        {mayAccept && guests.pending > 0 && (
          <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="contained" size="small" onClick={() => acceptAll(true)} disabled={!guests.present}>
              {translate('crm.registrations.panel.acceptPresent')}
            </Button>
            <Button size="small" onClick={() => acceptAll(false)}>
              {translate('crm.registrations.panel.acceptAll')}
            </Button>
            <Button
              size="small"
              component={Link}
              to={`/registrations?filter=${encodeURIComponent(JSON.stringify({ meetingId: meeting.id }))}`}
            >
              {translate('crm.registrations.panel.queue')}
            </Button>
          </Stack>
        )}
        {registrations && registrations.length > 0 && (
          <List dense disablePadding sx={{ maxHeight: 320, overflow: 'auto' }} data-testid="guest-list">
            {registrations.map((registration) => (
              <ListItem key={registration.id} disableGutters>
                <ListItemText
                  primary={`${registration.name} · ${registration.organisation}`}
                  secondary={`${translate(`crm.registrations.source.${registration.source}`)} · ${registration.presentAt ? translate('crm.registrations.panel.presentAt', { time: format.time(registration.presentAt) }) : translate('crm.registrations.panel.notPresent')} · ${translate(`crm.registrations.status.${registration.status}`)}`}
                />
              </ListItem>
            ))}
          </List>
        )}
        {registrations && registrations.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.registrations.panel.nobody')}
          </Typography>
        )}
        <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
          {translate('crm.registrations.panel.answers')}
        </Typography>
        {guests.averageSatisfaction === null ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.registrations.panel.noAnswers')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" data-testid="average-satisfaction">
              {translate('crm.registrations.panel.average', {
                average: guests.averageSatisfaction,
                count: guests.answers.length,
              })}
            </Typography>
            <List dense disablePadding>
              {guests.answers.map((answer) => (
                <ListItem key={answer.id} disableGutters>
                  <ListItemText
                    primary={`${'★'.repeat(answer.satisfaction)} ${answer.wants.map((want) => `${OUTCOME_KIND_LABELS[want.kind][format.locale]}${want.count ? ` ${want.count}` : ''}`).join('、')}`}
                    secondary={answer.note ?? answer.contactPerson ?? ''}
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </CardContent>
    </Card>
  );
}
