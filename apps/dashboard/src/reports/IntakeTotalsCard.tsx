import type { IntakeTotals } from '@crm/domain';
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { useReport } from '../endpoints';

/** What the intake totals are narrowed by: the intake list's own filters. */
export interface IntakeNarrowing {
  academicYear?: string;
  term?: string;
  unitId?: number;
  majorId?: number;
  outcomeId?: number;
  enterpriseId?: number;
}

const FIGURES = ['positions', 'placed', 'hired'] as const;

/**
 * Positions, placed and hired for the intakes a page shows, as a small table: the total, then per
 * term (by label) and, unless narrowed to one, per college and per major. Read from GET
 * /api/reports/intake-totals, never summed here.
 */
export function IntakeTotalsCard({ narrowing }: { narrowing: IntakeNarrowing }) {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  const { data: totals } = useReport<IntakeTotals>('reports/intake-totals', { ...narrowing });
  if (!totals) return null;
  const groups = [
    ...totals.byTerm.map((term) => [label('terms', term.term), term] as const),
    ...(narrowing.unitId || narrowing.majorId || totals.byCollege.length < 2
      ? []
      : totals.byCollege.map((college) => [college.name, college] as const)),
    ...(narrowing.majorId || totals.byMajor.length < 2
      ? []
      : totals.byMajor.slice(0, 8).map((major) => [major.name, major] as const)),
  ];
  const title = narrowing.academicYear
    ? translate('crm.reports.totals', { year: narrowing.academicYear })
    : translate('crm.reports.totalsAllYears');
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="intake-totals-card">
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle2" color="text.secondary">
          {title}
        </Typography>
      </CardContent>
      <Table size="small" aria-label={title} sx={{ maxWidth: 640 }}>
        <TableHead>
          <TableRow>
            <TableCell />
            {FIGURES.map((figure) => (
              <TableCell key={figure} align="right">
                {translate(`crm.reports.columns.${figure}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow data-testid="intake-totals" sx={{ '& td': { fontWeight: 'bold' } }}>
            <TableCell>{translate('crm.reports.totalRow')}</TableCell>
            {FIGURES.map((figure) => (
              <TableCell key={figure} align="right">
                {format.number(totals.total[figure])}
              </TableCell>
            ))}
          </TableRow>
          {groups.map(([name, figures], index) => (
            <TableRow key={`${index}-${name}`}>
              <TableCell>{name}</TableCell>
              {FIGURES.map((figure) => (
                <TableCell key={figure} align="right">
                  {format.number(figures[figure])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** A major's intakes year by year (the recent years and all time), on the major's page. */
export function MajorIntakeTotals({ majorId }: { majorId: number }) {
  const translate = useTranslate();
  const years = [...recentAcademicYears(3), undefined];
  return (
    <Table size="small" sx={{ mb: 2, maxWidth: 640 }} data-testid="major-intake-totals">
      <TableHead>
        <TableRow>
          <TableCell>{translate('crm.reports.academicYear')}</TableCell>
          <TableCell align="right">{translate('crm.reports.columns.positions')}</TableCell>
          <TableCell align="right">{translate('crm.reports.columns.placed')}</TableCell>
          <TableCell align="right">{translate('crm.reports.columns.hired')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {years.map((academicYear) => (
          <MajorYearRow key={academicYear ?? 'all'} majorId={majorId} academicYear={academicYear} />
        ))}
      </TableBody>
    </Table>
  );
}

function MajorYearRow({ majorId, academicYear }: { majorId: number; academicYear?: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const { data: totals } = useReport<IntakeTotals>('reports/intake-totals', { majorId, academicYear });
  return (
    <TableRow>
      <TableCell>{academicYear ?? translate('crm.reports.allTime')}</TableCell>
      {FIGURES.map((figure) => (
        <TableCell key={figure} align="right">
          {totals ? format.number(totals.total[figure]) : '…'}
        </TableCell>
      ))}
    </TableRow>
  );
}
