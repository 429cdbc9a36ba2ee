import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { AuditEvent } from '@crm/domain';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { describeEvent } from './sentences';
import { useSpeech } from './useSpeech';
import { useFormat } from '../i18n';

/** The history of a record, read from the audit trail (one record's events, which every role may read), in sentences. */
export function Timeline({ resource }: { resource: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const { data, isPending, total } = useGetList<AuditEvent>(
    'audit-events',
    {
      filter: { resource, recordId: record?.id },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: !!record },
  );
  const speech = useSpeech(data);
  if (!record || isPending) return null;
  if (!data?.length) return <Typography color="text.secondary">{translate('crm.history.none')}</Typography>;
  return (
    <Stack
      spacing={1}
      component="ol"
      sx={{ listStyle: 'none', p: 0, m: 0 }}
      aria-label={translate('crm.history.title')}
    >
      {data.map((event) => {
        return (
          <Box component="li" key={event.id} sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 1.5, py: 0.5 }}>
            <Typography variant="body2">{describeEvent(event, speech)}</Typography>
            <Typography variant="caption" color="text.secondary">
              {format.dateTime(event.at)}
            </Typography>
          </Box>
        );
      })}
      {total !== undefined && total > data.length && (
        <Typography variant="caption">{translate('crm.history.earlier', { count: total - data.length })}</Typography>
      )}
    </Stack>
  );
}

export function TimelineCard({ resource }: { resource: string }) {
  const translate = useTranslate();
  return (
    <Card sx={{ width: { md: 280 }, ml: { md: 2 }, mt: { xs: 2, md: 0 }, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('crm.history.title')}
        </Typography>
        <Timeline resource={resource} />
      </CardContent>
    </Card>
  );
}
