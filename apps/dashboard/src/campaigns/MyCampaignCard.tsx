import { chinaDay, type CampaignReport } from '@crm/domain';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { readSession } from '../session';
import { useReport } from '../endpoints';
import { QuotaBar } from './CampaignProgress';

/** On the home page of a leader with a quota in the campaign running today: how far along they are, and a way to log the next visit. */
export function MyCampaignCard() {
  const translate = useTranslate();
  const me = readSession()?.user;
  const today = chinaDay(new Date());
  const { data: campaigns } = useGetList('campaigns', {
    filter: { startsOn_lte: today, endsOn_gte: today },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'startsOn', order: 'DESC' },
  });
  const campaign = campaigns?.[0];
  const { data: report } = useReport<CampaignReport>(
    'reports/campaign',
    { campaignId: campaign?.id },
    { enabled: Boolean(campaign) },
  );
  const mine = report?.rows.find((row) => row.staffId === me?.id && row.quota !== null);
  // the visit screen writes a meeting: offered to the roles that may create one
  const { canAccess: canLog } = useCanAccess({ action: 'create', resource: 'meetings' });
  if (!campaign || !mine) return null;
  return (
    <Card data-testid="my-campaign">
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary">
          {campaign.name}
        </Typography>
        <Typography variant="h6" gutterBottom>
          {translate('crm.campaigns.myProgress', {
            enterprises: mine.enterprises,
            quota: mine.quota,
            positions: mine.positions,
          })}
        </Typography>
        <QuotaBar row={mine} />
      </CardContent>
      <CardActions>
        {canLog && (
          <Button component={Link} to="/visit" variant="contained" sx={{ minHeight: 48 }}>
            {translate('crm.visits.menu')}
          </Button>
        )}
        <Button component={Link} to={`/campaigns/${campaign.id}/show`} sx={{ minHeight: 48 }}>
          {translate('crm.campaigns.everyone')}
        </Button>
      </CardActions>
    </Card>
  );
}
