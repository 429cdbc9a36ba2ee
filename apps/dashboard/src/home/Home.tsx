import { Alert, Box, Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { HomeReport, LIVE_OUTCOME_STAGES } from '@crm/domain';
import { lazy, ReactNode, Suspense, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';
import { useFormat } from '../i18n';
import { expiringWithin } from '../outcomes/OutcomeList';
import { MyTasksCard } from '../followups/MyTasksCard';
import { YearOverYear } from '../reports/YearOverYear';
import { Onboarding } from './Onboarding';

const loadCharts = () => import('./HomeCharts');
const HomeCharts = lazy(loadCharts);

const listLink = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

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
  const { data: report, error } = useQuery({ queryKey: ['reports', 'home'], queryFn: () => dataProvider.homeReport().then(({ data }) => data) });
  // the charts' code (recharts) loads while the figures are on their way, not after them
  useEffect(() => void loadCharts(), []);
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!report) return <Loading />;
  if (report.isEmpty) return <Onboarding />;
  return <Figures report={report} />;
}

function Figures({ report }: { report: HomeReport }) {
  const translate = useTranslate();
  const format = useFormat();
  const today = report.today;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.home.title" />
      <Grid container spacing={2}>
        <Grid size={12}>
          <MyTasksCard />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure label="crm.home.activePartners" value={report.activePartners} to={listLink('enterprises', { relationshipStage: 'partner' })} />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure label="crm.home.meetingsThisYear" value={report.meetingsThisYear} detail={report.academicYear} to={listLink('meetings', { academicYear: report.academicYear })} />
        </Grid>
        <Grid size={{ xs: 6, md: 4, lg: 2.4 }}>
          <Figure
            label="crm.home.activeBases"
            value={report.activeInternshipBases}
            detail={translate('crm.home.capacity', { count: format.number(report.internshipCapacity) })}
            to={listLink('outcomes', { kind: 'internship_base', stage: [...LIVE_OUTCOME_STAGES] })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 6, lg: 2.4 }}>
          <Figure label="crm.home.expiring" value={report.expiringAgreements} to={listLink('outcomes', expiringWithin(report.expiryDays, today))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 2.4 }}>
          <Figure label="crm.home.overdue" value={report.overdueTasks} to={listLink('tasks', { doneAt: null, dueDate_lt: today })} />
        </Grid>
        <Grid size={12}>
          <YearOverYear />
        </Grid>
        <Grid size={12}>
          <Suspense fallback={<Loading />}>
            <HomeCharts report={report} />
          </Suspense>
        </Grid>
      </Grid>
    </Box>
  );
}
