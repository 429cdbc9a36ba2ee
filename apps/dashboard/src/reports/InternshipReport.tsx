import type { InternshipRow } from '@crm/domain';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Card,
  Link as MuiLink,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useOwnCollege } from '../common/FilterChips';
import { Link } from 'react-router-dom';
import { Loading, Title, useGetList, useTranslate } from 'react-admin';
import { downloadHref } from '../dataProvider';
import { useFormat } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { listLink, reportQuery, usePagedReport } from '../endpoints';
import { ExpiryList } from '../agreements/ExpiryList';
import { IntakeTotalsCard } from './IntakeTotalsCard';

type SortField =
  'title' | 'enterpriseName' | 'unitName' | 'capacity' | 'positions' | 'placed' | 'hired' | 'utilisation' | 'daysLeft';
const COLUMNS: SortField[] = [
  'title',
  'enterpriseName',
  'unitName',
  'capacity',
  'positions',
  'placed',
  'hired',
  'utilisation',
  'daysLeft',
];
const NUMERIC = new Set<SortField>(['capacity', 'positions', 'placed', 'hired', 'utilisation', 'daysLeft']);

/** The Employment Office's view of its internship bases: capacity and use in a year, each number a link to the intakes behind it. */
export default function InternshipReport() {
  const translate = useTranslate();
  const format = useFormat();
  const years = recentAcademicYears();
  const [academicYear, setAcademicYear] = useState(years[0]);
  // a college account's report opens on its college; the picker's 全部 is the whole school
  const [unitId, setUnitId] = useState<number | ''>(useOwnCollege() ?? '');
  const [majorId, setMajorId] = useState<number | ''>('');
  const [sort, setSort] = useState<{ field: SortField; order: 'asc' | 'desc' }>({ field: 'daysLeft', order: 'asc' });
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  // the filters and sort as the server reads them: the page, its export and its totals agree
  const chosen = { academicYear, unitId: unitId || undefined, majorId: majorId || undefined };
  const sorted = { ...chosen, sort: JSON.stringify([sort.field, sort.order.toUpperCase()]) };
  const { data, error } = usePagedReport<InternshipRow>('reports/internships', {
    ...sorted,
    range: JSON.stringify([page * perPage, page * perPage + perPage - 1]),
  });
  const { data: colleges } = useGetList('units', {
    filter: { kind: 'college' },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: majors } = useGetList('majors', {
    filter: unitId ? { unitId } : {},
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'code', order: 'ASC' },
  });
  const rows = data?.rows;
  const narrow = (change: () => void) => {
    change();
    setPage(0);
  };

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  const intakes = (row: InternshipRow) =>
    listLink('intakes', { outcomeId: row.outcomeId, academicYear, ...(majorId ? { majorId } : {}) });
  const cell = (row: InternshipRow, field: SortField) => {
    const value = row[field];
    if (field === 'title')
      return (
        <MuiLink component={Link} to={`/outcomes/${row.outcomeId}/show`}>
          {row.title}
        </MuiLink>
      );
    if (field === 'enterpriseName')
      return (
        <MuiLink component={Link} to={`/enterprises/${row.enterpriseId}/show`}>
          {row.enterpriseName}
        </MuiLink>
      );
    if (field === 'unitName') return row.unitName ?? '—';
    if (field === 'utilisation') return value === null ? '—' : `${Math.round((value as number) * 100)}%`;
    if (field === 'daysLeft') {
      if (value === null) return '—';
      const days = value as number;
      return (
        <Typography
          component="span"
          variant="body2"
          color={days < 0 ? 'error' : days <= 90 ? 'warning.main' : 'text.primary'}
        >
          {days < 0
            ? translate('crm.reports.endedDaysAgo', { days: -days })
            : translate('crm.reports.daysLeft', { days })}
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
        <TextField
          select
          size="small"
          label={translate('crm.reports.academicYear')}
          value={academicYear}
          onChange={(event) => narrow(() => setAcademicYear(event.target.value))}
          sx={{ minWidth: 160 }}
        >
          {years.map((year) => (
            <MenuItem key={year} value={year}>
              {year}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('crm.reports.college')}
          value={unitId}
          onChange={(event) =>
            narrow(() => {
              setUnitId(event.target.value === '' ? '' : Number(event.target.value));
              setMajorId('');
            })
          }
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('crm.reports.all')}</MenuItem>
          {colleges?.map((college) => (
            <MenuItem key={college.id} value={college.id}>
              {college.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('crm.reports.major')}
          value={majorId}
          onChange={(event) => narrow(() => setMajorId(event.target.value === '' ? '' : Number(event.target.value)))}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('crm.reports.all')}</MenuItem>
          {majors?.map((major) => (
            <MenuItem key={major.id} value={major.id}>
              {major.name}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flex: 1 }} />
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            size="small"
            startIcon={<DownloadIcon />}
            href={downloadHref(`/reports/internships/export${reportQuery({ ...sorted, format })}`)}
            download
            disabled={!data?.total}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {translate(`crm.exports.${format}`)}
          </Button>
        ))}
      </Stack>
      <ExpiryList kind="internship_base" />
      <IntakeTotalsCard narrowing={chosen} />
      {!rows ? (
        <Loading />
      ) : (
        <Card sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('crm.reports.internshipsTitle')}>
            <TableHead>
              <TableRow>
                {COLUMNS.map((field) => (
                  <TableCell
                    key={field}
                    align={NUMERIC.has(field) ? 'right' : 'left'}
                    sortDirection={sort.field === field ? sort.order : false}
                  >
                    <TableSortLabel
                      active={sort.field === field}
                      direction={sort.field === field ? sort.order : 'asc'}
                      onClick={() =>
                        narrow(() =>
                          setSort({ field, order: sort.field === field && sort.order === 'asc' ? 'desc' : 'asc' }),
                        )
                      }
                    >
                      {translate(`crm.reports.columns.${field}`)}
                    </TableSortLabel>
                  </TableCell>
                ))}
                <TableCell>{translate('crm.reports.columns.majors')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.outcomeId} hover>
                  {COLUMNS.map((field) => (
                    <TableCell key={field} align={NUMERIC.has(field) ? 'right' : 'left'}>
                      {cell(row, field)}
                    </TableCell>
                  ))}
                  <TableCell>{row.majors.map((major) => major.name).join('、') || '—'}</TableCell>
                </TableRow>
              ))}
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={COLUMNS.length + 1}>{translate('crm.reports.noBases')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={data?.total ?? 0}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[10, 25, 50, 100]}
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={(event) => narrow(() => setPerPage(Number(event.target.value)))}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
            }
          />
        </Card>
      )}
    </Box>
  );
}
