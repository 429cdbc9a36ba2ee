import { Box, Button, Chip, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  DataTable,
  FilterList,
  FilterListItem,
  ReferenceField,
  SimpleList,
  useCanAccess,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  REGISTRATION_SOURCES,
  REGISTRATION_STATUSES,
  type IssuedPublicLink,
  type RegistrationRecord,
} from '@crm/domain';
import { API_URL, createHttpClient } from '../attachments/http';
import { TimeField } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { Qr } from './Qr';

const http = createHttpClient();

/** What an acceptance would do: create, link to the enterprise found (by name), or a conflict for a person. */
function MatchField() {
  const registration = useRecordContext<RegistrationRecord & { id: number }>();
  const translate = useTranslate();
  const { data: enterprise } = useGetOne(
    'enterprises',
    { id: registration?.match.enterpriseId ?? 0 },
    { enabled: !!registration?.match.enterpriseId },
  );
  if (!registration) return null;
  const { action } = registration.match;
  return (
    <Chip
      size="small"
      color={action === 'conflict' ? 'warning' : action === 'match' ? 'info' : 'default'}
      label={translate(`crm.registrations.match.${action}`, { name: enterprise?.name ?? '…' })}
    />
  );
}

function StatusField() {
  const registration = useRecordContext<RegistrationRecord & { id: number }>();
  const translate = useTranslate();
  if (!registration) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={registration.status === 'accepted' ? 'success' : registration.status === 'refused' ? 'default' : 'primary'}
      label={translate(`crm.registrations.status.${registration.status}`)}
    />
  );
}

/** Accept or refuse one pending registration, on its row. */
function Decide() {
  const registration = useRecordContext<RegistrationRecord & { id: number }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'accept', resource: 'registrations' });
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  if (!registration || registration.status !== 'pending' || !canAccess) return null;
  const decide = async (path: 'accept' | 'refuse', body?: object) => {
    try {
      await http(`${API_URL}/registrations/${registration.id}/${path}`, {
        method: 'POST',
        body: JSON.stringify(body ?? {}),
      });
      notify(path === 'accept' ? 'crm.registrations.acceptedOne' : 'crm.registrations.refused', { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    refresh();
  };
  return (
    <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }} onClick={(event) => event.stopPropagation()}>
      {refusing ? (
        <>
          <MuiTextField
            size="small"
            label={translate('crm.registrations.refuseReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button size="small" disabled={!reason.trim()} onClick={() => decide('refuse', { reason })}>
            {translate('crm.registrations.refuse')}
          </Button>
        </>
      ) : (
        <>
          <Button
            size="small"
            variant="contained"
            disabled={registration.match.action === 'conflict'}
            onClick={() => decide('accept')}
          >
            {translate('crm.registrations.accept')}
          </Button>
          <Button size="small" onClick={() => setRefusing(true)}>
            {translate('crm.registrations.refuse')}
          </Button>
        </>
      )}
    </Box>
  );
}

/** The standing sign-up link, for the school's website or a chamber's WeChat group (the Integration Office issues and revokes it). */
function SignupLink() {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'enterprise-signup' });
  const { data } = useQuery({
    queryKey: ['enterprise-signup'],
    enabled: canAccess === true,
    queryFn: async () => ((await http(`${API_URL}/enterprise-signup`)).json as { link: IssuedPublicLink | null }).link,
  });
  if (!canAccess) return null;
  const change = async (method: 'POST' | 'DELETE') => {
    await http(`${API_URL}/enterprise-signup`, { method, body: method === 'POST' ? '{}' : undefined });
    await queryClient.invalidateQueries({ queryKey: ['enterprise-signup'] });
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="signup-link">
      <FilterHeading>crm.registrations.signupLink</FilterHeading>
      <Typography variant="caption" component="p" color="text.secondary">
        {translate('crm.registrations.signupIntro')}
      </Typography>
      {data && <Qr text={data.url} size={140} label={translate('crm.registrations.signupLink')} />}
      <Button size="small" onClick={() => change('POST')}>
        {translate('crm.registrations.issueSignup')}
      </Button>
      {data && (
        <Button size="small" color="warning" onClick={() => change('DELETE')}>
          {translate('crm.registrations.revokeSignup')}
        </Button>
      )}
    </Box>
  );
}

function RegistrationFilters() {
  const translate = useTranslate();
  return (
    <>
      <FilterList label="crm.registrations.filterStatus" icon={null}>
        {REGISTRATION_STATUSES.map((status) => (
          <FilterListItem key={status} label={translate(`crm.registrations.status.${status}`)} value={{ status }} />
        ))}
      </FilterList>
      <FilterList label="crm.registrations.filterSource" icon={null}>
        {REGISTRATION_SOURCES.map((source) => (
          <FilterListItem key={source} label={translate(`crm.registrations.source.${source}`)} value={{ source }} />
        ))}
      </FilterList>
      <ReferenceFilter source="meetingId" reference="meetings" label="resources.registrations.fields.meetingId" />
      <SignupLink />
    </>
  );
}

/** The review queue: what enterprises sent through the public links, accepted or refused here. */
export function RegistrationList() {
  const translate = useTranslate();
  return (
    <ResourceList
      sidebar={<RegistrationFilters />}
      sort={{ field: 'id', order: 'DESC' }}
      filterDefaultValues={{ status: 'pending' }}
      exporter={false}
    >
      <ResponsiveList
        phone={
          <SimpleList<RegistrationRecord & { id: number }>
            primaryText={(registration) => `${registration.organisation} · ${registration.name}`}
            secondaryText={(registration) =>
              `${translate(`crm.registrations.source.${registration.source}`)} · ${translate(`crm.registrations.status.${registration.status}`)}`
            }
            linkType={false}
          />
        }
      >
        <DataTable rowClick={false}>
          <DataTable.Col source="createdAt" field={TimeField} />
          <DataTable.Col source="organisation" />
          <DataTable.Col source="name" />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col source="meetingId">
            <ReferenceField source="meetingId" reference="meetings" link="show" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="presentAt" field={TimeField} />
          <DataTable.Col source="status">
            <StatusField />
          </DataTable.Col>
          <DataTable.Col source="match" disableSort>
            <MatchField />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <Decide />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
