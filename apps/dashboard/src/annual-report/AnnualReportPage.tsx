import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Card,
  CardContent,
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
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import {
  academicYearOf,
  ANNUAL_REPORT_COLUMNS,
  BASE_FIGURES,
  COLLEGE_FIGURES,
  FigureSource,
  MAJOR_FIGURES,
} from '@crm/domain';
import { CrmDataProvider, downloadHref } from '../dataProvider';
import { useFormat } from '../i18n/format';

/** A figure as a link to the list of the records behind it. */
function Figure({
  value,
  source,
  decimals,
}: {
  value: number | boolean | null;
  source?: FigureSource;
  decimals?: number;
}) {
  const translate = useTranslate();
  const format = useFormat();
  const text =
    typeof value === 'boolean'
      ? ANNUAL_REPORT_COLUMNS[value ? 'yes' : 'no'][format.locale]
      : value === null
        ? '—'
        : format.number(value, decimals);
  if (!source?.ids.length) return <>{text}</>;
  const filter = encodeURIComponent(JSON.stringify({ id: source.ids }));
  return (
    <Link to={`/${source.resource}?filter=${filter}`} title={translate('crm.annualReport.recordsBehind')}>
      {text}
    </Link>
  );
}

/** The last five academic years, the current one first. */
function recentYears(): string[] {
  const start = Number(academicYearOf(new Date()).slice(0, 4));
  return Array.from({ length: 5 }, (_, index) => `${start - index}-${start - index + 1}`);
}

export default function AnnualReportPage() {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [params, setParams] = useSearchParams();
  const years = recentYears();
  const year = params.get('academicYear') ?? years[0];
  const { data: report, isPending } = useQuery({
    queryKey: ['annualReport', year],
    queryFn: () => dataProvider.annualReport(year).then((answer) => answer.data),
  });
  // a large school has tens of thousands of base rows: a page of them at a time keeps the page responsive
  const [basePage, setBasePage] = useState(0);
  const [basesPerPage, setBasesPerPage] = useState(50);
  const label = (figure: { label: Record<string, string> }) => figure.label[format.locale];
  const column = (key: keyof typeof ANNUAL_REPORT_COLUMNS) => ANNUAL_REPORT_COLUMNS[key][format.locale];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('crm.annualReport.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <TextField
            select
            size="small"
            sx={{ width: 200 }}
            label={translate('crm.annualReport.year')}
            value={year}
            onChange={(event) => {
              setBasePage(0);
              setParams({ academicYear: event.target.value });
            }}
          >
            {[...new Set([year, ...years])].map((value) => (
              <MenuItem key={value} value={value}>
                {value}
              </MenuItem>
            ))}
          </TextField>
          <Button
            startIcon={<DownloadIcon />}
            href={downloadHref(`/reports/annual?academicYear=${year}&format=xlsx`)}
            download
          >
            {translate('crm.annualReport.download')}
          </Button>
        </Stack>
        {isPending || !report ? (
          <Loading />
        ) : (
          <Stack spacing={3}>
            <Box sx={{ overflowX: 'auto' }}>
              <Typography variant="h6">{translate('crm.annualReport.perMajor')}</Typography>
              <Table size="small" aria-label={translate('crm.annualReport.perMajor')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{column('code')}</TableCell>
                    <TableCell>{column('major')}</TableCell>
                    <TableCell>{column('college')}</TableCell>
                    {MAJOR_FIGURES.map((figure) => (
                      <TableCell key={figure.key} align="right">
                        {label(figure)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.majors.map((row) => (
                    <TableRow key={row.majorId}>
                      <TableCell>{row.code}</TableCell>
                      <TableCell>{row.major}</TableCell>
                      <TableCell>{row.college}</TableCell>
                      {MAJOR_FIGURES.map((figure) => (
                        <TableCell key={figure.key} align="right">
                          <Figure
                            value={row.figures[figure.key]}
                            source={row.sources[figure.key]}
                            decimals={'tenThousandYuan' in figure ? 2 : 0}
                          />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell colSpan={3}>
                      <strong>{column('total')}</strong>
                    </TableCell>
                    {MAJOR_FIGURES.map((figure) => (
                      <TableCell key={figure.key} align="right">
                        <strong>
                          <Figure value={report.totals[figure.key]} decimals={'tenThousandYuan' in figure ? 2 : 0} />
                        </strong>
                      </TableCell>
                    ))}
                  </TableRow>
                </TableBody>
              </Table>
            </Box>
            <Box sx={{ overflowX: 'auto' }}>
              <Typography variant="h6">{translate('crm.annualReport.perCollege')}</Typography>
              <Table size="small" aria-label={translate('crm.annualReport.perCollege')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{column('college')}</TableCell>
                    {COLLEGE_FIGURES.map((figure) => (
                      <TableCell key={figure.key} align="right">
                        {label(figure)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.colleges.map((row) => (
                    <TableRow key={row.unitId}>
                      <TableCell>{row.college}</TableCell>
                      {COLLEGE_FIGURES.map((figure) => (
                        <TableCell key={figure.key} align="right">
                          <Figure value={row.figures[figure.key]} source={row.sources[figure.key]} />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell>
                      <strong>{column('total')}</strong>
                    </TableCell>
                    {COLLEGE_FIGURES.map((figure) => (
                      <TableCell key={figure.key} align="right">
                        <strong>
                          <Figure value={report.collegeTotals[figure.key]} />
                        </strong>
                      </TableCell>
                    ))}
                  </TableRow>
                </TableBody>
              </Table>
            </Box>
            <Box sx={{ overflowX: 'auto' }}>
              <Typography variant="h6">{translate('crm.annualReport.perBase')}</Typography>
              {report.bases.length === 0 ? (
                <Typography color="text.secondary">{translate('crm.annualReport.none')}</Typography>
              ) : (
                <Table size="small" aria-label={translate('crm.annualReport.perBase')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{column('base')}</TableCell>
                      <TableCell>{column('enterprise')}</TableCell>
                      <TableCell>{column('major')}</TableCell>
                      {BASE_FIGURES.map((figure) => (
                        <TableCell key={figure.key} align="right">
                          {label(figure)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.bases.slice(basePage * basesPerPage, (basePage + 1) * basesPerPage).map((row) => (
                      <TableRow key={`${row.outcomeId}-${row.majorId}`}>
                        <TableCell>
                          <Link to={`/outcomes/${row.outcomeId}/show`}>{row.base}</Link>
                        </TableCell>
                        <TableCell>{row.enterprise}</TableCell>
                        <TableCell>{row.major ? `${row.code} ${row.major}` : '—'}</TableCell>
                        {BASE_FIGURES.map((figure) => (
                          <TableCell key={figure.key} align="right">
                            <Figure value={row.figures[figure.key]} source={row.sources[figure.key]} />
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {report.bases.length > 0 && (
                <TablePagination
                  component="div"
                  count={report.bases.length}
                  page={Math.min(basePage, Math.max(0, Math.ceil(report.bases.length / basesPerPage) - 1))}
                  rowsPerPage={basesPerPage}
                  rowsPerPageOptions={[25, 50, 100, 500]}
                  onPageChange={(_event, next) => setBasePage(next)}
                  onRowsPerPageChange={(event) => {
                    setBasesPerPage(Number(event.target.value));
                    setBasePage(0);
                  }}
                  labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
                  labelDisplayedRows={({ from, to, count }) =>
                    translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
                  }
                />
              )}
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
