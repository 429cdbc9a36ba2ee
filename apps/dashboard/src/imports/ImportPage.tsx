import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { ChangeEvent, useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router-dom';
import { AutocompleteInput, Form, ReferenceInput, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { EXPORT_COLUMNS, IMPORT_READS_EXPORT } from '@crm/domain';
import type { CrmDataProvider } from '../dataProvider';
import { vocabularyKey } from '../i18n/vocabulary';
import { ImportKind, ImportPreview, PreviewRow, uploadForPreview } from './upload';

const KINDS: ImportKind[] = ['enterprises', 'contacts', 'memberships', 'attendees', 'teacher-practices'];
const ACTION_COLORS = { create: 'success', match: 'default', invalid: 'error' } as const;
/** Rows drawn at once: a 50,000-row table would stall the page; the filter narrows it. */
const SHOWN = 500;

/** What the preview found for one row, in words: the record it is, or why it cannot be imported. */
function Reason({ row, kind }: { row: PreviewRow; kind: ImportKind }) {
  const translate = useTranslate();
  if (row.errors) {
    return (
      <>
        {Object.entries(row.errors).map(([field, problem]) => (
          <Typography key={field} variant="body2" color="error">
            {translate(`crm.imports.fields.${field}`, { _: field })}: {problem}
          </Typography>
        ))}
      </>
    );
  }
  if (row.matchRow) return <>{translate('crm.imports.matchRow', { row: row.matchRow })}</>;
  if (row.matchId) {
    const resource =
      kind === 'memberships' || kind === 'enterprises' || kind === 'teacher-practices' ? kind : 'contacts';
    return (
      <Link to={`/${resource}/${row.matchId}/show`}>
        {translate('crm.imports.matchRecord', { id: row.matchId })}{' '}
        {row.matchedBy ? translate(`crm.imports.by.${row.matchedBy}`) : ''}
      </Link>
    );
  }
  return null;
}

/** A value as the lists show it: a stored vocabulary value by its label (a label the server did not know, as written). */
function Value({ kind, field, value }: { kind: ImportKind; field: string; value: string | number | undefined }) {
  const translate = useTranslate();
  if (value === undefined) return null;
  const resource = IMPORT_READS_EXPORT[kind];
  const vocabulary = resource && EXPORT_COLUMNS[resource].find((column) => column.source === field)?.vocabulary;
  return <>{vocabulary ? translate(vocabularyKey(vocabulary, String(value)), { _: String(value) }) : value}</>;
}

/** The sheet's columns the import leaves out, and why, so that nobody believes them imported. */
function SkippedColumns({ columns }: { columns: { header: string; derived: boolean }[] }) {
  const translate = useTranslate();
  if (!columns.length) return null;
  const derived = columns.filter((column) => column.derived).map((column) => column.header);
  const unknown = columns.filter((column) => !column.derived).map((column) => column.header);
  const separator = translate('crm.imports.separator');
  return (
    <Alert severity="info" role="status">
      {derived.length > 0 && <div>{translate('crm.imports.skippedDerived', { columns: derived.join(separator) })}</div>}
      {unknown.length > 0 && <div>{translate('crm.imports.skippedUnknown', { columns: unknown.join(separator) })}</div>}
    </Alert>
  );
}

function Target({ kind }: { kind: ImportKind }) {
  if (kind === 'memberships') {
    return (
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="crm.imports.chamber" sx={{ minWidth: 280 }} />
      </ReferenceInput>
    );
  }
  if (kind === 'attendees') {
    return (
      <ReferenceInput source="meetingId" reference="meetings">
        <AutocompleteInput label="crm.imports.meeting" optionText="title" sx={{ minWidth: 280 }} />
      </ReferenceInput>
    );
  }
  return null;
}

function Importer({ kind }: { kind: ImportKind }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [chamberId, meetingId] = useWatch({ name: ['chamberId', 'meetingId'] }) as [
    number | undefined,
    number | undefined,
  ];
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [shown, setShown] = useState<PreviewRow['action'] | 'all'>('all');
  const [committing, setCommitting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const needsTarget = (kind === 'memberships' && !chamberId) || (kind === 'attendees' && !meetingId);
  // a file chosen before its chamber or meeting is known (still loading, or not yet picked) waits for it, instead of being lost
  const [waiting, setWaiting] = useState<File | null>(null);

  const read = async (file: File) => {
    setPreview(null);
    setDone(null);
    setProgress(0);
    try {
      const fields: Record<string, string> = {};
      if (kind === 'memberships' && chamberId) fields.chamberId = String(chamberId);
      if (kind === 'attendees' && meetingId) fields.meetingId = String(meetingId);
      setPreview(await uploadForPreview(kind, file, fields, setProgress));
      setShown('all');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setProgress(null);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (needsTarget) {
      setPreview(null);
      setDone(null);
      setWaiting(file);
    } else void read(file);
  };

  useEffect(() => {
    if (!waiting || needsTarget) return;
    setWaiting(null);
    void read(waiting);
    // read() is made anew each render; the file goes once, when its target arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, needsTarget]);

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    try {
      const { data } = await dataProvider.commitImport(preview.id);
      const summary = Object.entries(data.created)
        .map(([what, count]) => translate(`crm.imports.created.${what}`, { count, _: `${what} ${count}` }))
        .join(translate('crm.imports.separator'));
      setDone(translate('crm.imports.done', { summary }));
      setPreview(null);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setCommitting(false);
    }
  };

  const rows = useMemo(
    () => (preview ? preview.rows.filter((row) => shown === 'all' || row.action === shown) : []),
    [preview, shown],
  );
  // the owner's name stands for its id
  const columns = useMemo(
    () =>
      [...new Set(preview?.rows.flatMap((row) => Object.keys(row.values)) ?? [])].filter(
        (column) => column !== 'ownerId',
      ),
    [preview],
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Target kind={kind} />
        <Button
          variant="contained"
          component="label"
          startIcon={<UploadFileIcon />}
          disabled={progress !== null || committing}
        >
          {translate('crm.imports.choose')}
          <input
            hidden
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={choose}
            aria-label={translate('crm.imports.choose')}
          />
        </Button>
      </Stack>
      {waiting && (
        <Alert severity="info" role="status">
          {translate(kind === 'memberships' ? 'crm.imports.waitingForChamber' : 'crm.imports.waitingForMeeting', {
            name: waiting.name,
          })}
        </Alert>
      )}
      {progress !== null && (
        <Box>
          <Typography variant="body2">{translate('crm.imports.uploading')}</Typography>
          <LinearProgress
            variant={progress < 1 ? 'determinate' : 'indeterminate'}
            value={progress * 100}
            aria-label={translate('crm.imports.uploading')}
          />
        </Box>
      )}
      {done && (
        <Alert
          severity="success"
          action={
            <>
              {kind === 'attendees' && meetingId && (
                <Button component={Link} to={`/meetings/${meetingId}/show`} data-testid="back-to-meeting">
                  {translate('crm.imports.backToMeeting')}
                </Button>
              )}
              <Button onClick={() => setDone(null)}>{translate('crm.imports.again')}</Button>
            </>
          }
        >
          {done}
        </Alert>
      )}
      {preview && (
        <>
          <Typography>
            {translate('crm.imports.counts', preview.counts as unknown as Record<string, number>)}
          </Typography>
          <SkippedColumns columns={preview.skippedColumns ?? []} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{translate('crm.imports.filter')}</Typography>
            <ToggleButtonGroup size="small" exclusive value={shown} onChange={(_, value) => value && setShown(value)}>
              <ToggleButton value="all">{translate('crm.imports.all')}</ToggleButton>
              {(['create', 'match', 'invalid'] as const).map((action) => (
                <ToggleButton key={action} value={action}>
                  {translate(`crm.imports.actions.${action}`)} ({preview.counts[action]})
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Stack>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('crm.imports.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('crm.imports.row')}</TableCell>
                  <TableCell>{translate('crm.imports.action')}</TableCell>
                  {columns.map((column) => (
                    <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                      {translate(`crm.imports.fields.${column}`, { _: column })}
                    </TableCell>
                  ))}
                  <TableCell>{translate('crm.imports.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.slice(0, SHOWN).map((row) => (
                  <TableRow key={row.row} data-action={row.action}>
                    <TableCell>{row.row}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={ACTION_COLORS[row.action]}
                        label={translate(`crm.imports.actions.${row.action}`)}
                      />
                    </TableCell>
                    {columns.map((column) => (
                      <TableCell key={column}>
                        <Value kind={kind} field={column} value={row.values[column]} />
                      </TableCell>
                    ))}
                    <TableCell>
                      <Reason row={row} kind={kind} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {rows.length > SHOWN && (
            <Typography color="text.secondary">
              {translate('crm.imports.more', { count: rows.length - SHOWN })}
            </Typography>
          )}
          {committing && <LinearProgress aria-label={translate('crm.imports.committing')} />}
          <Box>
            <Button
              variant="contained"
              onClick={commit}
              disabled={committing || preview.counts.create + preview.counts.match === 0}
            >
              {translate(kind === 'attendees' ? 'crm.imports.confirmMeeting' : 'crm.imports.confirm', {
                count: preview.counts.create,
              })}
            </Button>
          </Box>
        </>
      )}
    </Stack>
  );
}

/** Upload → the preview, row by row with each reason → confirm. `?kind=attendees&meetingId=5` comes from a meeting's page. */
export default function ImportPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.includes(params.get('kind') as ImportKind) ? params.get('kind') : 'enterprises') as ImportKind;
  const meetingId = Number(params.get('meetingId')) || undefined;
  const chamberId = Number(params.get('chamberId')) || undefined;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('crm.imports.title')} />
      <CardContent>
        <Stack spacing={2}>
          <TextField
            select
            label={translate('crm.imports.kind')}
            value={kind}
            onChange={(event) => setParams({ kind: event.target.value })}
            sx={{ maxWidth: 320 }}
          >
            {KINDS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`crm.imports.kinds.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" color="text.secondary">
            {translate('crm.imports.help')}
          </Typography>
          <Form key={kind} defaultValues={{ meetingId, chamberId }}>
            <Importer kind={kind} />
          </Form>
        </Stack>
      </CardContent>
    </Card>
  );
}
