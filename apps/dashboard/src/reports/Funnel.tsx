import type { StalePartners } from '@crm/domain';
import {
  Alert,
  Box,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  LinearProgress,
  Link as MuiLink,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel } from '../i18n';
import { listLink, useReport } from '../endpoints';
import { YearOverYear } from './YearOverYear';

/** Leadership's pipeline: enterprises per relationship stage, partners gone quiet, and a year beside the one before. */
export default function Funnel() {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  const { data: funnel, error } = useReport<{ stage: string; count: number }[]>('reports/funnel');
  const { data: stale } = useReport<StalePartners>('reports/stale-partners', { months: 6 });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!funnel) return <Loading />;
  const widest = Math.max(1, ...funnel.map((stage) => stage.count));
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.reports.funnelTitle" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Typography variant="h6">{translate('crm.reports.funnelTitle')}</Typography>
              {funnel.map((stage) => (
                <CardActionArea
                  key={stage.stage}
                  component={Link}
                  to={listLink('enterprises', { relationshipStage: stage.stage })}
                  sx={{ p: 1 }}
                  data-testid={`funnel-${stage.stage}`}
                >
                  <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
                    <Typography>{label('relationshipStages', stage.stage)}</Typography>
                    <Typography fontWeight="bold">{format.number(stage.count)}</Typography>
                  </Box>
                  <LinearProgress
                    variant="determinate"
                    value={(stage.count / widest) * 100}
                    sx={{ height: 10, borderRadius: 1 }}
                  />
                </CardActionArea>
              ))}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Typography variant="h6">{translate('crm.reports.staleTitle', { months: 6 })}</Typography>
              {stale && (
                <>
                  <Typography variant="body2" color="text.secondary">
                    {translate('crm.reports.staleCount', {
                      count: format.number(stale.total),
                      since: format.date(stale.since),
                    })}
                  </Typography>
                  <List dense>
                    {stale.partners.slice(0, 12).map((partner) => (
                      <ListItem key={partner.enterpriseId} disablePadding>
                        <ListItemText
                          primary={
                            <MuiLink component={Link} to={`/enterprises/${partner.enterpriseId}/show`}>
                              {partner.name}
                            </MuiLink>
                          }
                          secondary={`${partner.lastContactDate ? translate('crm.reports.lastContact', { date: format.date(partner.lastContactDate) }) : translate('crm.reports.neverMet')} · ${partner.ownerName ?? translate('crm.reports.noOwner')}`}
                        />
                      </ListItem>
                    ))}
                  </List>
                </>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <YearOverYear />
        </Grid>
      </Grid>
    </Box>
  );
}
