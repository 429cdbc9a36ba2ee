import QuotaIcon from '@mui/icons-material/TrackChanges';
import type { CampaignQuota } from '@crm/domain';
import { formPages } from '../common/pages';
import { CampaignQuotaInputs } from './CampaignQuotaInputs';
import { CampaignQuotaList } from './CampaignQuotaList';

export default {
  list: CampaignQuotaList,
  ...formPages(CampaignQuotaInputs),
  icon: QuotaIcon,
  recordRepresentation: (quota: CampaignQuota) => String(quota.enterprises),
};
