import { academicYearRange, type YearFigures } from '@crm/domain';
import {
  Box,
  Card,
  CardContent,
  Link as MuiLink,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useFormat } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { listLink, useReport } from '../endpoints';

/**
 * The figures of any academic year (a picker) beside the year before, each a link to the list behind
 * it. `load: false` holds the figures back (not tallied, they cost the server more than the home
 * page's own figures), keeping the table's height so that nothing below it moves when they come.
 */
export function YearOverYear({ load = true }: { load?: boolean }) {
  const translate = useTranslate();
  const format = useFormat();
  const years = recentAcademicYears();
  const [academicYear, setAcademicYear] = useState(years[0]);
  const { data: year } = useReport<{ current: YearFigures; previous: YearFigures }>(
    'reports/year',
    { academicYear },
    { enabled: load },
  );
  const figures: {
    key: keyof Omit<YearFigures, 'academicYear' | 'visits' | 'meetingsByKind' | 'outcomesByKind'>;
    link?: (year: string) => string;
  }[] = [
    { key: 'meetings', link: (y) => listLink('meetings', { academicYear: y }) },
    { key: 'enterprisesMet' },
    { key: 'outcomes', link: (y) => listLink('outcomes', { academicYear: y }) },
    {
      key: 'agreementsSigned',
      link: (y) =>
        listLink('outcomes', { signedDate_gte: academicYearRange(y).start, signedDate_lte: academicYearRange(y).end }),
    },
    { key: 'positions', link: (y) => listLink('intakes', { academicYear: y }) },
    { key: 'placed', link: (y) => listLink('intakes', { academicYear: y }) },
    { key: 'hired', link: (y) => listLink('intakes', { academicYear: y }) },
  ];
  return (
    <Card data-testid="year-over-year">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
          <Typography variant="h6">{translate('crm.reports.yearTitle')}</Typography>
          <TextField
            select
            size="small"
            label={translate('crm.reports.academicYear')}
            value={academicYear}
            onChange={(event) => setAcademicYear(event.target.value)}
            sx={{ width: 180 }}
          >
            {years.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {/* a small table's row is 33 px: a heading row, the figures and the visits' positions */}
        <Box sx={{ minHeight: (figures.length + 2) * 33 }}>
          {year && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell />
                  <TableCell align="right">{year.current.academicYear}</TableCell>
                  <TableCell align="right">{year.previous.academicYear}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {figures.map(({ key, link }) => (
                  <TableRow key={key}>
                    <TableCell>{translate(`crm.reports.figures.${key}`)}</TableCell>
                    {[year.current, year.previous].map((figuresOfYear) => (
                      <TableCell key={figuresOfYear.academicYear} align="right">
                        {link ? (
                          <MuiLink component={Link} to={link(figuresOfYear.academicYear)}>
                            {format.number(figuresOfYear[key])}
                          </MuiLink>
                        ) : (
                          format.number(figuresOfYear[key])
                        )}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>{translate('crm.reports.figures.visitPositions')}</TableCell>
                  {[year.current, year.previous].map((figuresOfYear) => (
                    <TableCell key={figuresOfYear.academicYear} align="right">
                      <MuiLink
                        component={Link}
                        to={listLink('meetings', { academicYear: figuresOfYear.academicYear, kind: 'visit_made' })}
                      >
                        {format.number(figuresOfYear.visits.positionsOffered)}
                      </MuiLink>
                    </TableCell>
                  ))}
                </TableRow>
              </TableBody>
            </Table>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
