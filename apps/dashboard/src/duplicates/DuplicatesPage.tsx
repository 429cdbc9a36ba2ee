import { Button, Card, CardContent, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';
import { useFormat } from '../i18n/format';

type Resource = 'enterprises' | 'contacts';

/** Likely twins, newest first, each pair one click from the side-by-side comparison. */
export default function DuplicatesPage() {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [params, setParams] = useSearchParams();
  const resource: Resource = params.get('resource') === 'contacts' ? 'contacts' : 'enterprises';
  const { data, isPending } = useQuery({
    queryKey: ['duplicates', resource],
    queryFn: () => dataProvider.duplicates(resource).then((answer) => answer.data),
  });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('crm.duplicates.title')} />
      <CardContent>
        <Tabs value={resource} onChange={(_, value) => setParams({ resource: value })}>
          <Tab value="enterprises" label={translate('crm.duplicates.enterprises')} />
          <Tab value="contacts" label={translate('crm.duplicates.contacts')} />
        </Tabs>
        {isPending ? (
          <Loading />
        ) : !data?.length ? (
          <Typography sx={{ mt: 2 }} color="text.secondary">
            {translate('crm.duplicates.none')}
          </Typography>
        ) : (
          <Stack spacing={1} sx={{ mt: 2 }} component="ol" aria-label={translate('crm.duplicates.title')}>
            {data.map((pair) => (
              <Stack
                key={pair.id}
                component="li"
                direction={{ xs: 'column', sm: 'row' }}
                spacing={1}
                sx={{ alignItems: { sm: 'center' } }}
              >
                <Chip size="small" label={translate(`crm.duplicates.reasons.${pair.reason}`)} />
                {pair.records.map((record) => (
                  <Typography key={record.id} sx={{ flex: 1 }}>
                    <Link to={`/${resource}/${record.id}/show`}>{record.name}</Link>{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      #{record.id} ·{' '}
                      {translate('crm.duplicates.created', { date: format.date(record.createdAt as string) })}
                    </Typography>
                  </Typography>
                ))}
                <Button
                  component={Link}
                  to={`/merge/${resource}/${pair.records[1].id}/${pair.records[0].id}`}
                  size="small"
                >
                  {translate('crm.duplicates.compare')}
                </Button>
              </Stack>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
