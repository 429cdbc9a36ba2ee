import {
  Card,
  CardContent,
  Chip,
  Link as MuiLink,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel, vocabularyChoices } from '../i18n';
import { useReport } from '../endpoints';

interface ExpiringAgreement {
  outcomeId: number;
  title: string;
  kind: string;
  enterpriseId: number;
  enterpriseName: string;
  endDate: string;
  daysLeft: number;
  status: 'ended' | 'expiring';
  renewalTaskId: number | null;
}

/**
 * GET /api/reports/expiring, a page at a time: agreements ended without renewal on top, then those
 * ending soonest; of one kind (`kind`, which the reader may change; '' for every kind).
 */
export function ExpiryList({ kind: initialKind = '' }: { kind?: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  const [page, setPage] = useState(0);
  const [kind, setKind] = useState(initialKind);
  const perPage = 10;
  const { data } = useReport<{ expiryDays: number; total: number; agreements: ExpiringAgreement[] }>(
    'reports/expiring',
    { range: JSON.stringify([page * perPage, page * perPage + perPage - 1]), kind: kind || undefined },
  );
  if (!data) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="expiry-list">
      <CardContent sx={{ pb: 0 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            {translate('crm.agreements.expiryTitle', { days: data.expiryDays })}
          </Typography>
          <TextField
            select
            size="small"
            label={translate('crm.agreements.kind')}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value);
              setPage(0);
            }}
            sx={{ minWidth: 180 }}
            data-testid="expiry-kind"
          >
            <MenuItem value="">{translate('crm.agreements.everyKind')}</MenuItem>
            {vocabularyChoices('outcomeKinds').map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </CardContent>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('crm.agreements.agreement')}</TableCell>
            <TableCell>{translate('crm.agreements.partner')}</TableCell>
            <TableCell>{translate('crm.agreements.to')}</TableCell>
            <TableCell>{translate('crm.agreements.status')}</TableCell>
            <TableCell>{translate('crm.agreements.renewalTask')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.agreements.map((row) => (
            <TableRow key={row.outcomeId} data-testid={`expiry-${row.status}`}>
              <TableCell>
                <MuiLink component={Link} to={`/outcomes/${row.outcomeId}/show`}>
                  {row.title}
                </MuiLink>{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  {label('outcomeKinds', row.kind)}
                </Typography>
              </TableCell>
              <TableCell>
                <MuiLink component={Link} to={`/enterprises/${row.enterpriseId}/show`}>
                  {row.enterpriseName}
                </MuiLink>
              </TableCell>
              <TableCell>{format.date(row.endDate)}</TableCell>
              <TableCell>
                {row.status === 'ended' ? (
                  <Chip
                    size="small"
                    color="error"
                    label={translate('crm.agreements.endedNotRenewed', { days: -row.daysLeft })}
                  />
                ) : (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={translate('crm.reports.daysLeft', { days: row.daysLeft })}
                  />
                )}
              </TableCell>
              <TableCell>
                {row.renewalTaskId ? (
                  <MuiLink component={Link} to={`/tasks/${row.renewalTaskId}/show`}>
                    {translate('crm.agreements.openTask')}
                  </MuiLink>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={data.total}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[perPage]}
        onPageChange={(_event, next) => setPage(next)}
        labelDisplayedRows={({ from, to, count }) =>
          translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
        }
      />
    </Card>
  );
}
