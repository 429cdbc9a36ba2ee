import { LIVE_OUTCOME_STAGES, type ChamberAttribution } from '@crm/domain';
import {
  Alert,
  Box,
  Card,
  Link as MuiLink,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useTranslate } from 'react-admin';
import { useFormat } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { listLink, useReport } from '../endpoints';

const FIGURES = ['members', 'engaged', 'partners', 'meetings', 'outcomes', 'signed'] as const;

/** The list behind each figure of a chamber's row, as the report counted it. */
function linkOf(figure: (typeof FIGURES)[number], row: ChamberAttribution, academicYear: string): string {
  const year = academicYear ? { academicYear } : {};
  switch (figure) {
    case 'members':
      return listLink('enterprises', { chamberId: [row.chamberId] });
    case 'engaged':
      return listLink('enterprises', { engagedInChamberId: [row.chamberId] });
    case 'partners':
      return listLink('enterprises', { chamberId: [row.chamberId], relationshipStage: 'partner' });
    case 'meetings':
      return listLink('meetings', { chamberIds: [row.chamberId], ...year });
    case 'outcomes':
      return listLink('outcomes', { broughtByChamberId: [row.chamberId], ...year });
    case 'signed':
      return listLink('outcomes', { broughtByChamberId: [row.chamberId], stage: [...LIVE_OUTCOME_STAGES], ...year });
  }
}

/** Which chambers brought results: ranked by outcomes, then partners; every number opens its list. */
export default function ChamberRanking() {
  const translate = useTranslate();
  const format = useFormat();
  const years = recentAcademicYears();
  const [academicYear, setAcademicYear] = useState('');
  const { data: rows, error } = useReport<ChamberAttribution[]>('reports/chambers', {
    academicYear: academicYear || undefined,
  });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.reports.chambersTitle" />
      <TextField
        select
        size="small"
        label={translate('crm.reports.academicYear')}
        value={academicYear}
        onChange={(event) => setAcademicYear(event.target.value)}
        sx={{ mb: 2, minWidth: 160 }}
      >
        <MenuItem value="">{translate('crm.reports.allTime')}</MenuItem>
        {years.map((year) => (
          <MenuItem key={year} value={year}>
            {year}
          </MenuItem>
        ))}
      </TextField>
      {!rows ? (
        <Loading />
      ) : (
        <Card sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('crm.reports.chambersTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>{translate('crm.reports.columns.chamber')}</TableCell>
                {FIGURES.map((figure) => (
                  <TableCell key={figure} align="right">
                    {translate(`crm.reports.columns.${figure}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, index) => (
                <TableRow key={row.chamberId} hover>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>
                    <MuiLink component={Link} to={`/chambers/${row.chamberId}/show`}>
                      {row.name}
                    </MuiLink>
                  </TableCell>
                  {FIGURES.map((figure) => (
                    <TableCell key={figure} align="right">
                      <MuiLink
                        component={Link}
                        to={linkOf(figure, row, academicYear)}
                        data-testid={`chamber-${row.chamberId}-${figure}`}
                      >
                        {format.number(row[figure])}
                      </MuiLink>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </Box>
  );
}
