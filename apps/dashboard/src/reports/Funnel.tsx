import type { StalePartners, YearFigures } from '@crm/domain';
import { Alert, Box, Card, CardActionArea, CardContent, Grid, LinearProgress, Link as MuiLink, List, ListItem, ListItemText, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useTranslate } from 'react-admin';
import { useFormat, useVocabularyLabel } from '../i18n';
import { recentAcademicYears } from './academicYears';
import { listLink, useReport } from './api';



/** Leadership's pipeline: enterprises per relationship stage, partners gone quiet, and a year beside the one before. */
export default function Funnel() {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  const years = recentAcademicYears();
  const [academicYear, setAcademicYear] = useState(years[0]);
  const { data: funnel, error } = useReport<{ stage: string; count: number }[]>('reports/funnel');
  const { data: stale } = useReport<StalePartners>('reports/stale-partners', { months: 6 });
  const { data: year } = useReport<{ current: YearFigures; previous: YearFigures }>('reports/year', { academicYear });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!funnel) return <Loading />;
  const widest = Math.max(1, ...funnel.map((stage) => stage.count));
  const figures: { key: keyof Omit<YearFigures, 'academicYear' | 'visits' | 'meetingsByKind' | 'outcomesByKind'>; link?: (year: string) => string }[] = [
    { key: 'meetings', link: (y) => listLink('meetings', { academicYear: y }) },
    { key: 'enterprisesMet' },
    { key: 'outcomes', link: (y) => listLink('outcomes', { academicYear: y }) },
    { key: 'agreementsSigned' },
    { key: 'positions', link: (y) => listLink('intakes', { academicYear: y }) },
    { key: 'placed', link: (y) => listLink('intakes', { academicYear: y }) },
    { key: 'hired', link: (y) => listLink('intakes', { academicYear: y }) },
  ];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="crm.reports.funnelTitle" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardContent>
              <Typography variant="h6">{translate('crm.reports.funnelTitle')}</Typography>
              {funnel.map((stage) => (
                <CardActionArea key={stage.stage} component={Link} to={listLink('enterprises', { relationshipStage: stage.stage })} sx={{ p: 1 }} data-testid={`funnel-${stage.stage}`}>
                  <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
                    <Typography>{label('relationshipStages', stage.stage)}</Typography>
                    <Typography fontWeight="bold">{format.number(stage.count)}</Typography>
                  </Box>
                  <LinearProgress variant="determinate" value={(stage.count / widest) * 100} sx={{ height: 10, borderRadius: 1 }} />
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
                    {translate('crm.reports.staleCount', { count: format.number(stale.total), since: format.date(stale.since) })}
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
          <Card>
            <CardContent>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
                <Typography variant="h6">{translate('crm.reports.yearTitle')}</Typography>
                <TextField select size="small" label={translate('crm.reports.academicYear')} value={academicYear} onChange={(event) => setAcademicYear(event.target.value)}>
                  {years.map((option) => (
                    <MenuItem key={option} value={option}>
                      {option}
                    </MenuItem>
                  ))}
                </TextField>
              </Box>
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
                          <MuiLink component={Link} to={listLink('meetings', { academicYear: figuresOfYear.academicYear, kind: 'visit_made' })}>
                            {format.number(figuresOfYear.visits.positionsOffered)}
                          </MuiLink>
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableBody>
                </Table>
              )}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
}
