import type { IntakeTotals, InternshipRow } from '@crm/domain';
import { Alert, Box, Card, CardContent, Link as MuiLink, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { listLink, useReport } from './api';



type SortField = 'title' | 'enterpriseName' | 'unitName' | 'capacity' | 'positions' | 'placed' | 'hired' | 'utilisation' | 'daysLeft';
const COLUMNS: SortField[] = ['title', 'enterpriseName', 'unitName', 'capacity', 'positions', 'placed', 'hired', 'utilisation', 'daysLeft'];
const NUMERIC = new Set<SortField>(['capacity', 'positions', 'placed', 'hired', 'utilisation', 'daysLeft']);

/** The Employment Office's view of its internship bases: capacity and use in a year, each number a link to the intakes behind it. */
export default function InternshipReport() {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  const years = recentAcademicYears();
  const [academicYear, setAcademicYear] = useState(years[0]);
  const [unitId, setUnitId] = useState<number | ''>('');
  const [majorId, setMajorId] = useState<number | ''>('');
  const [sort, setSort] = useState<{ field: SortField; order: 'asc' | 'desc' }>({ field: 'daysLeft', order: 'asc' });
  const { data: rows, error } = useReport<InternshipRow[]>('reports/internships', { academicYear });
  const { data: totals } = useReport<IntakeTotals>('reports/intake-totals', { academicYear, unitId: unitId || undefined, majorId: majorId || undefined });

  const colleges = useMemo(() => [...new Map((rows ?? []).filter((row) => row.unitId).map((row) => [row.unitId!, row.unitName ?? ''])).entries()].sort((a, b) => a[1].localeCompare(b[1])), [rows]);
  const majors = useMemo(() => [...new Map((rows ?? []).flatMap((row) => row.majors.map((major) => [major.id, major.name] as const))).entries()].sort((a, b) => a[1].localeCompare(b[1])), [rows]);
  const shown = useMemo(() => {
    const filtered = (rows ?? []).filter((row) => (!unitId || row.unitId === unitId) && (!majorId || row.majors.some((major) => major.id === majorId)));
    const direction = sort.order === 'asc' ? 1 : -1;
    return [...filtered].sort((a, b) => {
      const [x, y] = [a[sort.field], b[sort.field]];
      if (x === y) return a.outcomeId - b.outcomeId;
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction;
    });
  }, [rows, unitId, majorId, sort]);

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  const intakes = (row: InternshipRow) => listLink('intakes', { outcomeId: row.outcomeId, academicYear, ...(majorId ? { majorId } : {}) });
  const cell = (row: InternshipRow, field: SortField) => {
    const value = row[field];
    if (field === 'title') return <MuiLink component={Link} to={`/outcomes/${row.outcomeId}/show`}>{row.title}</MuiLink>;
    if (field === 'enterpriseName') return <MuiLink component={Link} to={`/enterprises/${row.enterpriseId}/show`}>{row.enterpriseName}</MuiLink>;
    if (field === 'unitName') return row.unitName ?? '—';
    if (field === 'utilisation') return value === null ? '—' : `${Math.round((value as number) * 100)}%`;
    if (field === 'daysLeft') {
      if (value === null) return '—';
      const days = value as number;
      return (
        <Typography component="span" variant="body2" color={days < 0 ? 'error' : days <= 90 ? 'warning.main' : 'text.primary'}>
          {days < 0 ? translate('crm.reports.endedDaysAgo', { days: -days }) : translate('crm.reports.daysLeft', { days })}
        </Typography>
      );
    }
    if (field === 'positions' || field === 'placed' || field === 'hired') {
      return (
        <MuiLink component={Link} to={intakes(row)} data-testid={`${field}-${row.outcomeId}`}>
          {format.number(value as number)}
        </MuiLink>
      );
    }
    return value === null ? '—' : format.number(value as number);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.reports.internshipsTitle" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={translate('crm.reports.academicYear')} value={academicYear} onChange={(event) => setAcademicYear(event.target.value)} sx={{ minWidth: 160 }}>
          {years.map((year) => (
            <MenuItem key={year} value={year}>
              {year}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('crm.reports.college')} value={unitId} onChange={(event) => setUnitId(event.target.value === '' ? '' : Number(event.target.value))} sx={{ minWidth: 200 }}>
          <MenuItem value="">{translate('crm.reports.all')}</MenuItem>
          {colleges.map(([id, name]) => (
            <MenuItem key={id} value={id}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('crm.reports.major')} value={majorId} onChange={(event) => setMajorId(event.target.value === '' ? '' : Number(event.target.value))} sx={{ minWidth: 200 }}>
          <MenuItem value="">{translate('crm.reports.all')}</MenuItem>
          {majors.map(([id, name]) => (
            <MenuItem key={id} value={id}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {totals && (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="subtitle2" color="text.secondary">
              {translate('crm.reports.totals', { year: academicYear })}
            </Typography>
            <Typography data-testid="intake-totals">
              {translate('crm.reports.totalsLine', { positions: format.number(totals.total.positions), placed: format.number(totals.total.placed), hired: format.number(totals.total.hired) })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {totals.byTerm.map((term) => `${label('terms', term.term)}: ${translate('crm.reports.totalsLine', { positions: term.positions, placed: term.placed, hired: term.hired })}`).join(' · ')}
            </Typography>
          </CardContent>
        </Card>
      )}
      {!rows ? (
        <Loading />
      ) : (
        <Card sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('crm.reports.internshipsTitle')}>
            <TableHead>
              <TableRow>
                {COLUMNS.map((field) => (
                  <TableCell key={field} align={NUMERIC.has(field) ? 'right' : 'left'} sortDirection={sort.field === field ? sort.order : false}>
                    <TableSortLabel active={sort.field === field} direction={sort.field === field ? sort.order : 'asc'} onClick={() => setSort({ field, order: sort.field === field && sort.order === 'asc' ? 'desc' : 'asc' })}>
                      {translate(`crm.reports.columns.${field}`)}
                    </TableSortLabel>
                  </TableCell>
                ))}
                <TableCell>{translate('crm.reports.columns.majors')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.outcomeId} hover>
                  {COLUMNS.map((field) => (
                    <TableCell key={field} align={NUMERIC.has(field) ? 'right' : 'left'}>
                      {cell(row, field)}
                    </TableCell>
                  ))}
                  <TableCell>{row.majors.map((major) => major.name).join('、') || '—'}</TableCell>
                </TableRow>
              ))}
              {shown.length === 0 && (
                <TableRow>
                  <TableCell colSpan={COLUMNS.length + 1}>{translate('crm.reports.noBases')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </Card>
      )}
    </Box>
  );
}
