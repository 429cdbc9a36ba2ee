import { Box, Card, CardContent, Grid, Stack, Theme, Typography, useMediaQuery } from '@mui/material';
import { HomeReport, LIVE_OUTCOME_STAGES, OUTCOME_KINDS, OUTCOME_STAGES } from '@crm/domain';
import { useEffect } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat, useVocabularyLabel } from '../i18n';
import { listLink } from '../endpoints';

/** The instant a month ("2024-09") starts in Beijing, as the meeting list's filter reads it. */
const monthStart = (month: string) => new Date(Date.parse(`${month}-01T00:00:00+08:00`)).toISOString();
const nextMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};
/** What a clicked bar carries: the row it draws. */
type Clicked<T> = { payload?: T };

const STAGE_PALETTE: Record<string, string> = {
  idea: '#b0bec5',
  negotiating: '#ffb74d',
  signed: '#42a5f5',
  active: '#66bb6a',
  completed: '#7e57c2',
  lapsed: '#ef5350',
  terminated: '#8d6e63',
};

function ChartCard({
  title,
  children,
  height = 260,
  empty,
}: {
  title: string;
  children: React.ReactElement;
  height?: number;
  empty?: string;
}) {
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        {empty ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <div style={{ width: '100%', height }}>
            <ResponsiveContainer>{children}</ResponsiveContainer>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * The legend as a plain list (recharts labels its own icons "… legend icon" for screen readers, in
 * English whatever the page's language).
 */
function ChartLegend({ payload }: { payload?: readonly { value?: unknown; color?: string }[] }) {
  return (
    <Stack
      component="ul"
      direction="row"
      sx={{
        justifyContent: 'center',
        flexWrap: 'wrap',
        columnGap: 2,
        rowGap: 0.5,
        listStyle: 'none',
        m: 0,
        p: 0,
        fontSize: 12,
      }}
    >
      {payload?.map((entry) => (
        <Stack component="li" key={String(entry.value)} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box component="span" sx={{ width: 10, height: 10, bgcolor: entry.color, display: 'inline-block' }} />
          <span>{String(entry.value)}</span>
        </Stack>
      ))}
    </Stack>
  );
}

/** Loaded on demand: recharts stays out of the first bundle. `onDrawn`: the frame after the first paint of the charts. */
export default function HomeCharts({ report, onDrawn }: { report: HomeReport; onDrawn?: (drawn: true) => void }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => onDrawn?.(true));
    return () => cancelAnimationFrame(frame);
  }, [onDrawn]);
  const translate = useTranslate();
  const label = useVocabularyLabel();
  const format = useFormat();
  const navigate = useNavigate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // every bar opens the list it counts, like the key-figure cards (of the college, when the figures are one college's)
  const open = (resource: string, filter: Record<string, unknown>) =>
    navigate(listLink(resource, report.unitId ? { ...filter, unitId: report.unitId } : filter));
  const months = report.meetingsPerMonth.map((month) => ({ ...month, label: format.month(month.month) }));
  const byKind = OUTCOME_KINDS.map((kind) => {
    const row: Record<string, string | number> = { kind: label('outcomeKinds', kind), kindId: kind };
    for (const entry of report.outcomesByKindAndStage.filter((item) => item.kind === kind))
      row[entry.stage] = entry.count;
    return row;
  }).filter((row) => Object.keys(row).length > 2);
  const otherStages = OUTCOME_STAGES.filter((stage) => !LIVE_OUTCOME_STAGES.includes(stage));
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={translate('crm.home.meetingsPerMonth', { year: report.academicYear })}>
          <BarChart data={months}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} width={30} />
            <Tooltip />
            <Bar
              dataKey="meetings"
              name={translate('crm.home.meetings')}
              fill="#1f4e79"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(bar: Clicked<{ month: string }>) =>
                bar.payload &&
                open('meetings', {
                  startsAt_gte: monthStart(bar.payload.month),
                  startsAt_lt: monthStart(nextMonth(bar.payload.month)),
                })
              }
            />
          </BarChart>
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title={translate('crm.home.topChambers')}
          empty={report.topChambers.length ? undefined : translate('crm.home.noChamberOutcome')}
        >
          <BarChart
            data={report.topChambers.map((chamber) => ({
              ...chamber,
              otherOutcomes: chamber.outcomes - chamber.liveOutcomes,
            }))}
            layout="vertical"
            margin={{ left: 10 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="name" width={130} fontSize={11} />
            <Tooltip />
            <Legend content={ChartLegend} />
            <Bar
              dataKey="liveOutcomes"
              name={translate('crm.home.live')}
              stackId="c"
              fill="#66bb6a"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(bar: Clicked<{ chamberId: number }>) =>
                bar.payload && open('outcomes', { chamberId: bar.payload.chamberId, stage: [...LIVE_OUTCOME_STAGES] })
              }
            />
            <Bar
              dataKey="otherOutcomes"
              name={translate('crm.home.other')}
              stackId="c"
              fill="#b0bec5"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(bar: Clicked<{ chamberId: number }>) =>
                bar.payload && open('outcomes', { chamberId: bar.payload.chamberId, stage: otherStages })
              }
            />
          </BarChart>
        </ChartCard>
      </Grid>
      <Grid size={12}>
        <ChartCard
          title={translate('crm.home.byKindAndStage')}
          height={isPhone ? 60 + 28 * byKind.length : 320}
          empty={byKind.length ? undefined : translate('crm.home.noOutcome')}
        >
          {/* on a phone the kinds are rows (their names side by side would overlap); on a wider screen, angled columns whose first label reaches left of the axis */}
          <BarChart
            data={byKind}
            layout={isPhone ? 'vertical' : 'horizontal'}
            margin={isPhone ? { left: 10 } : { bottom: 40, left: 50 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={isPhone} horizontal={!isPhone} />
            {isPhone ? (
              <XAxis type="number" allowDecimals={false} fontSize={12} />
            ) : (
              <XAxis dataKey="kind" fontSize={11} interval={0} angle={-20} textAnchor="end" />
            )}
            {isPhone ? (
              <YAxis type="category" dataKey="kind" width={110} fontSize={11} interval={0} />
            ) : (
              <YAxis allowDecimals={false} fontSize={12} width={30} />
            )}
            <Tooltip />
            <Legend verticalAlign="top" content={ChartLegend} />
            {OUTCOME_STAGES.map((stage) => (
              <Bar
                key={stage}
                dataKey={stage}
                name={label('outcomeStages', stage)}
                stackId="s"
                fill={STAGE_PALETTE[stage]}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(bar: Clicked<{ kindId: string }>) =>
                  bar.payload && open('outcomes', { kind: bar.payload.kindId, stage })
                }
              />
            ))}
          </BarChart>
        </ChartCard>
      </Grid>
    </Grid>
  );
}
