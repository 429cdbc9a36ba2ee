import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { AuditEvent } from '@crm/domain';
import { useGetList, useRecordContext } from 'react-admin';
import { changedFields } from './conflict';

const VERBS: Record<AuditEvent['action'], string> = { create: 'created this', update: 'changed', delete: 'deleted this', restore: 'restored this', merge: 'merged another record into this' };

/** The history of a record, read from the audit trail: who did what, when. */
export function Timeline({ resource }: { resource: string }) {
  const record = useRecordContext();
  const { data, isPending, total } = useGetList<AuditEvent>(
    'audit-events',
    { filter: { resource, recordId: record?.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!record },
  );
  if (!record || isPending) return null;
  if (!data?.length) return <Typography color="text.secondary">No history recorded.</Typography>;
  return (
    <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="History">
      {data.map((event) => {
        const fields = event.action === 'update' && event.before && event.after ? changedFields(event.before, event.after).filter((f) => f !== 'health') : [];
        return (
          <Box component="li" key={event.id} sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 1.5, py: 0.5 }}>
            <Typography variant="body2">
              <strong>{event.actorName ?? 'The system'}</strong> {VERBS[event.action]}
              {fields.length > 0 && ` ${fields.join(', ')}`}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {new Date(event.at).toLocaleString()}
            </Typography>
          </Box>
        );
      })}
      {total !== undefined && total > data.length && <Typography variant="caption">…and {total - data.length} earlier events</Typography>}
    </Stack>
  );
}

export function TimelineCard({ resource }: { resource: string }) {
  return (
    <Card sx={{ width: { md: 280 }, ml: { md: 2 }, mt: { xs: 2, md: 0 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          History
        </Typography>
        <Timeline resource={resource} />
      </CardContent>
    </Card>
  );
}
