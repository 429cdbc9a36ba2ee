import { CAMPAIGN_FIGURES, type CampaignFigures, type CampaignReport } from '@crm/domain';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, useTranslate } from 'react-admin';
import { downloadHref } from '../dataProvider';
import { listLink, useReport } from '../endpoints';

/** The records behind a figure: the visits, the enterprises visited or the outcomes signed after a visit. */
export function figureLink(figure: (typeof CAMPAIGN_FIGURES)[number], row: CampaignFigures): string {
  if (figure === 'enterprises') return listLink('enterprises', { id: row.enterpriseIds });
  if (figure === 'outcomesAfter') return listLink('outcomes', { id: row.outcomeIds });
  return listLink('meetings', { id: row.meetingIds });
}

/** A leader's progress towards the quota: a bar, and "enterprises / quota" beside it. */
export function QuotaBar({ row }: { row: CampaignFigures }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 160 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (row.done ?? 0) * 100)}
        color={row.done !== null && row.done >= 1 ? 'success' : 'primary'}
        sx={{ flex: 1, height: 10, borderRadius: 5 }}
        aria-label={translate('crm.campaigns.progress')}
      />
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {row.quota === null
          ? translate('crm.campaigns.noQuota')
          : `${row.enterprises} / ${row.quota} · ${Math.round((row.done ?? 0) * 100)}%`}
      </Typography>
    </Stack>
  );
}

function Figures({ row }: { row: CampaignFigures }) {
  return CAMPAIGN_FIGURES.map((figure) => (
    <TableCell key={figure} align="right">
      {row[figure] ? (
        <MuiLink component={Link} to={figureLink(figure, row)}>
          {row[figure]}
        </MuiLink>
      ) : (
        0
      )}
    </TableCell>
  ));
}

/** On a phone: one block a leader or unit, its bar, and its figures three to a row under their names. */
function PhoneRows({
  rows,
}: {
  rows: { key: string; name: string; caption?: string; to?: string; figures: CampaignFigures }[];
}) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      {rows.map((row) => (
        <Box key={row.key} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1.5 }} data-testid="campaign-row">
          <Typography sx={{ fontWeight: 500 }}>
            {row.to ? (
              <MuiLink component={Link} to={row.to}>
                {row.name}
              </MuiLink>
            ) : (
              row.name
            )}
            {row.caption ? (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {row.caption}
              </Typography>
            ) : null}
          </Typography>
          <QuotaBar row={row.figures} />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1, mt: 1 }}>
            {CAMPAIGN_FIGURES.map((figure) => (
              <Box key={figure}>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {translate(`crm.campaigns.${figure}`)}
                </Typography>
                {row.figures[figure] ? (
                  <MuiLink
                    component={Link}
                    to={figureLink(figure, row.figures)}
                    sx={{ display: 'inline-block', minWidth: 48, minHeight: 32 }}
                  >
                    {row.figures[figure]}
                  </MuiLink>
                ) : (
                  <Typography>0</Typography>
                )}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}

/** The campaign's progress: each leader's bar and figures, each unit's and the total, every figure a link to its records. */
export function CampaignProgress({ campaignId }: { campaignId: number }) {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { data: report, error } = useReport<CampaignReport>('reports/campaign', { campaignId });
  if (error) return <Alert severity="error">{translate('crm.campaigns.failed')}</Alert>;
  if (!report) return <Loading />;
  const unitName = (unitId: number | null) =>
    report.units.find((unit) => unit.unitId === unitId)?.name ?? translate('crm.campaigns.noUnit');
  const header = (first: string) => (
    <TableHead>
      <TableRow>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(first)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('crm.campaigns.progress')}</TableCell>
        {CAMPAIGN_FIGURES.map((figure) => (
          <TableCell key={figure} align="right" sx={{ minWidth: 72 }}>
            {translate(`crm.campaigns.${figure}`)}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
  return (
    <Stack spacing={2}>
      <Box>
        <Button
          href={downloadHref(`/reports/campaign?campaignId=${campaignId}&format=xlsx`)}
          startIcon={<DownloadIcon />}
          variant="outlined"
        >
          {translate('crm.campaigns.download')}
        </Button>
      </Box>
      {phone ? (
        <>
          <Typography variant="subtitle1">{translate('crm.campaigns.leaders')}</Typography>
          <PhoneRows
            rows={report.rows.map((row) => ({
              key: `staff-${row.staffId}`,
              name: row.name,
              caption: unitName(row.unitId),
              to: `/staff/${row.staffId}/show`,
              figures: row,
            }))}
          />
          <Typography variant="subtitle1">{translate('crm.campaigns.units')}</Typography>
          <PhoneRows
            rows={[
              ...report.units.map((unit) => ({
                key: `unit-${unit.unitId}`,
                name: unit.name ?? translate('crm.campaigns.noUnit'),
                figures: unit,
              })),
              { key: 'total', name: translate('crm.campaigns.total'), figures: report.totals },
            ]}
          />
        </>
      ) : (
        <>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('crm.campaigns.leaders')}>
              {header('crm.campaigns.leader')}
              <TableBody>
                {report.rows.map((row) => (
                  <TableRow key={row.staffId}>
                    <TableCell>
                      <MuiLink component={Link} to={`/staff/${row.staffId}/show`}>
                        {row.name}
                      </MuiLink>
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                        {unitName(row.unitId)}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ minWidth: 200 }}>
                      <QuotaBar row={row} />
                    </TableCell>
                    <Figures row={row} />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('crm.campaigns.units')}>
              {header('crm.campaigns.unit')}
              <TableBody>
                {report.units.map((unit) => (
                  <TableRow key={unit.unitId ?? 'none'}>
                    <TableCell>{unit.name ?? translate('crm.campaigns.noUnit')}</TableCell>
                    <TableCell sx={{ minWidth: 200 }}>
                      <QuotaBar row={unit} />
                    </TableCell>
                    <Figures row={unit} />
                  </TableRow>
                ))}
                <TableRow sx={{ '& td': { fontWeight: 600 } }}>
                  <TableCell>{translate('crm.campaigns.total')}</TableCell>
                  <TableCell sx={{ minWidth: 200 }}>
                    <QuotaBar row={report.totals} />
                  </TableCell>
                  <Figures row={report.totals} />
                </TableRow>
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
