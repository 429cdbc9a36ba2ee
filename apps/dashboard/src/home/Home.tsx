import { Alert, Box, Card, CardActionArea, CardContent, Chip, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { HomeReport, LIVE_OUTCOME_STAGES, OUTCOME_KIND_LABELS } from '@crm/domain';
import { ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';
import { useFormat } from '../i18n';
import { expiringWithin } from '../outcomes/OutcomeList';
import { MyCampaignCard } from '../campaigns/MyCampaignCard';
import { MyTasksCard } from '../tasks/MyTasksCard';
import { listLink } from '../endpoints';
import { YearOverYear } from '../reports/YearOverYear';
import { Onboarding } from './Onboarding';
import { ScopeToggle, useOwnCollege } from '../common/FilterChips';

/**
 * The charts' code (recharts), loaded on demand. Held here rather than in React.lazy: once it is
 * there, the charts draw in the same pass as the figures, where a lazy component first shows its
 * fallback and React then holds that fallback on screen for up to 300 ms.
 */
let charts: typeof import('./HomeCharts') | undefined;
const loadCharts = () => import('./HomeCharts').then((loaded) => (charts = loaded));
function useCharts() {
  const [loaded, setLoaded] = useState(charts);
  useEffect(() => {
    if (!loaded) void loadCharts().then(setLoaded);
  }, [loaded]);
  return loaded?.default;
}

declare global {
  interface Window {
    /** The home figures public/early.js asked for before the bundle had downloaded. */
    crmEarlyHomeReport?: Promise<Response>;
  }
}

/**
 * When the page is loaded on the home page itself (a reload, a bookmark, the address typed), its
 * figures and the charts' code were asked for by public/early.js while the bundle downloaded. The
 * answer is used once; later visits ask again.
 */
let early = window.crmEarlyHomeReport?.then((response) =>
  response.ok ? (response.json() as Promise<HomeReport>) : Promise.reject(new Error(response.statusText)),
);
early?.catch(() => undefined);
if (early) void loadCharts();
function earlyReport() {
  const report = early;
  early = undefined;
  return report;
}

/** A headline figure; `label` is a catalogue key, also the figure's test id. */
function Figure({ label, value, detail, to }: { label: string; value: number; detail?: ReactNode; to: string }) {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Card sx={{ height: '100%' }}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h4" component="p" data-testid={`figure-${label.split('.').pop()}`}>
            {format.number(value)}
          </Typography>
          {detail && (
            <Typography variant="caption" color="text.secondary">
              {detail}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** Leadership's view: the figures of the annual report, the pipeline, and what I must do next. */
export function Home() {
  const dataProvider = useDataProvider<CrmDataProvider>();
  // a college account's home opens on its college, one click from the whole school (not kept across visits)
  const college = useOwnCollege();
  const [unitId, setUnitId] = useState(college);
  const ask = () => dataProvider.homeReport(unitId).then(({ data }) => data);
  // a session that has ended fails the early request; asked again through react-admin, it logs out.
  // public/early.js asked for the scope the page opens on, so its answer serves the first render only
  const { data: report, error } = useQuery({
    queryKey: ['reports', 'home', unitId],
    queryFn: () => (unitId === college ? earlyReport()?.catch(ask) : undefined) ?? ask(),
  });
  // the charts' code loads while the figures are on their way, not after them
  const HomeCharts = useCharts();
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!report) return <Loading />;
  if (report.isEmpty) return <Onboarding />;
  return (
    <>
      {college && (
        <Box sx={{ mt: 2 }}>
          <ScopeToggle unitId={college} own={unitId === college} onChange={(own) => setUnitId(own ? college : null)} />
        </Box>
      )}
      <Figures report={report} HomeCharts={HomeCharts} />
    </>
  );
}

/** The list a figure counts: of the college the figures are of, when they are one college's. */
function figureLink(report: HomeReport, resource: string, filter: Record<string, unknown>): string {
  return listLink(resource, report.unitId ? { ...filter, unitId: report.unitId } : filter);
}

function Figures({ report, HomeCharts }: { report: HomeReport; HomeCharts?: typeof import('./HomeCharts').default }) {
  const translate = useTranslate();
  const format = useFormat();
  // the year-over-year figures are not tallied: they wait until the charts are drawn
  const [chartsDrawn, setChartsDrawn] = useState(false);
  const today = report.today;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.home.title" />
      <Grid container spacing={2}>
        <Grid size={12}>
          <MyCampaignCard />
        </Grid>
        <Grid size={12}>
          <MyTasksCard />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure
            label="crm.home.activePartners"
            value={report.activePartners}
            to={figureLink(report, 'enterprises', { relationshipStage: 'partner' })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure
            label="crm.home.meetingsThisYear"
            value={report.meetingsThisYear}
            detail={report.academicYear}
            to={figureLink(report, 'meetings', { academicYear: report.academicYear })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure
            label="crm.home.activeBases"
            value={report.activeInternshipBases}
            detail={translate('crm.home.capacity', { count: format.number(report.internshipCapacity) })}
            to={figureLink(report, 'outcomes', { kind: 'internship_base', stage: [...LIVE_OUTCOME_STAGES] })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 6, lg: 2.4 }}>
          <Figure
            label="crm.home.expiring"
            value={report.expiringAgreements}
            to={figureLink(report, 'outcomes', expiringWithin(report.expiryDays, today))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 2.4 }}>
          <Figure
            label="crm.home.overdue"
            value={report.overdueTasks}
            to={figureLink(report, 'tasks', { doneAt: null, dueDate_lt: today })}
          />
        </Grid>
        {report.wantsByKind.length > 0 && (
          <Grid size={12}>
            <WantsCard wants={report.wantsByKind} />
          </Grid>
        )}
        <Grid size={12}>
          <YearOverYear load={chartsDrawn} />
        </Grid>
        <Grid size={12}>{HomeCharts ? <HomeCharts report={report} onDrawn={setChartsDrawn} /> : <Loading />}</Grid>
      </Grid>
    </Box>
  );
}

/** What enterprises said they want in the surveys after this year's meetings, by kind of cooperation. */
function WantsCard({ wants }: { wants: HomeReport['wantsByKind'] }) {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Card data-testid="wants-by-kind">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('crm.home.wantsByKind')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {wants.map((want) => (
            <Chip
              key={want.kind}
              label={`${OUTCOME_KIND_LABELS[want.kind][format.locale]} ${format.number(want.count)}`}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
