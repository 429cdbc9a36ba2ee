import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  Alert,
  Button,
  Card,
  CardContent,
  Radio,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Loading,
  RaRecord,
  ReferenceField,
  RecordContextProvider,
  TextField,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { VocabularyName } from '@crm/domain';
import type { CrmDataProvider } from '../dataProvider';
import { useVocabularyLabel } from '../i18n/useVocabulary';

type Resource = 'enterprises' | 'contacts';
interface Field {
  source: string;
  vocabulary?: VocabularyName;
  reference?: string;
  /** Shown but not chosen: merged by rule (aliases gather every name). */
  readOnly?: boolean;
}

/** The fields the API lets a merge take from the other record, in the order the forms show them. */
const FIELDS: Record<Resource, Field[]> = {
  enterprises: [
    { source: 'name' },
    { source: 'uscc' },
    { source: 'aliases', readOnly: true },
    { source: 'industry' },
    { source: 'ownership', vocabulary: 'ownerships' },
    { source: 'size', vocabulary: 'enterpriseSizes' },
    { source: 'city' },
    { source: 'address' },
    { source: 'website' },
    { source: 'tier', vocabulary: 'tiers' },
    { source: 'ownerId', reference: 'staff' },
    { source: 'notes' },
  ],
  contacts: [
    { source: 'name' },
    { source: 'title' },
    { source: 'enterpriseId', reference: 'enterprises' },
    { source: 'chamberId', reference: 'chambers' },
    { source: 'phone' },
    { source: 'email' },
    { source: 'wechat' },
    { source: 'permission', vocabulary: 'contactPermissions' },
    { source: 'notes' },
  ],
};

function Value({ record, field }: { record: RaRecord; field: Field }) {
  const label = useVocabularyLabel();
  const value = record[field.source];
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length))
    return <Typography color="text.disabled">—</Typography>;
  if (field.reference) {
    return (
      <RecordContextProvider value={record}>
        <ReferenceField source={field.source} reference={field.reference} link="show">
          <TextField source="name" />
        </ReferenceField>
      </RecordContextProvider>
    );
  }
  if (field.vocabulary) return <>{label(field.vocabulary, String(value))}</>;
  return <>{Array.isArray(value) ? value.join('、') : String(value)}</>;
}

/** Two records side by side, field by field: the left one is kept, with the values chosen from the right. */
export default function MergePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { resource: given, keepId, otherId } = useParams();
  const resource: Resource = given === 'contacts' ? 'contacts' : 'enterprises';
  const keep = useGetOne(resource, { id: keepId });
  const other = useGetOne(resource, { id: otherId });
  const [taken, setTaken] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  if (keep.isPending || other.isPending) return <Loading />;
  if (!keep.data || !other.data) return null;
  const fields = FIELDS[resource];
  // a contact works at one organisation: its enterprise and chamber are taken together
  const group = (source: string) =>
    resource === 'contacts' && (source === 'enterpriseId' || source === 'chamberId')
      ? ['enterpriseId', 'chamberId']
      : [source];
  const choose = (source: string, fromOther: boolean) =>
    setTaken((current) =>
      fromOther
        ? [...new Set([...current, ...group(source)])]
        : current.filter((field) => !group(source).includes(field)),
    );

  const merge = async () => {
    setMerging(true);
    setError(null);
    try {
      const { data } = await dataProvider.merge(resource, keep.data.id, other.data.id, taken);
      const moved = Object.entries(data.moved)
        .filter(([, count]) => count > 0)
        .map(([what, count]) => translate(`crm.duplicates.moved.${what}`, { count, _: `${what} ${count}` }))
        .join(translate('crm.duplicates.separator'));
      notify(translate('crm.duplicates.merged', { moved }), { type: 'success' });
      navigate(`/${resource}/${keep.data.id}/show`);
    } catch (thrown) {
      setError((thrown as Error).message);
    } finally {
      setMerging(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('crm.duplicates.mergeTitle')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('crm.duplicates.help')}
          </Typography>
          <Table size="small" aria-label={translate('crm.duplicates.mergeTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('crm.duplicates.field')}</TableCell>
                <TableCell>
                  {translate('crm.duplicates.keep')}:{' '}
                  <Link to={`/${resource}/${keep.data.id}/show`}>#{keep.data.id}</Link>
                </TableCell>
                <TableCell>
                  {translate('crm.duplicates.other')}:{' '}
                  <Link to={`/${resource}/${other.data.id}/show`}>#{other.data.id}</Link>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {fields.map((field) => {
                const fromOther = taken.includes(field.source);
                const differ =
                  JSON.stringify(keep.data[field.source] ?? null) !== JSON.stringify(other.data[field.source] ?? null);
                return (
                  <TableRow key={field.source} selected={differ}>
                    <TableCell>{translate(`resources.${resource}.fields.${field.source}`)}</TableCell>
                    {[false, true].map((side) => (
                      <TableCell key={String(side)}>
                        <Stack direction="row" sx={{ alignItems: 'center' }}>
                          {!field.readOnly && differ && (
                            <Radio
                              size="small"
                              checked={fromOther === side}
                              onChange={() => choose(field.source, side)}
                              inputProps={{ 'aria-label': `${field.source} ${side ? 'other' : 'keep'}` }}
                            />
                          )}
                          <Value record={side ? other.data : keep.data} field={field} />
                        </Stack>
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {error && <Alert severity="error">{error}</Alert>}
          <Stack direction="row" spacing={2}>
            <Button variant="contained" onClick={merge} disabled={merging}>
              {translate('crm.duplicates.merge')}
            </Button>
            <Button
              startIcon={<SwapHorizIcon />}
              component={Link}
              to={`/merge/${resource}/${other.data.id}/${keep.data.id}`}
              onClick={() => setTaken([])}
            >
              {translate('crm.duplicates.swap')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
