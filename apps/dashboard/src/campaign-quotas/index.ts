import QuotaIcon from '@mui/icons-material/TrackChanges';
import type { CampaignQuota } from '@crm/domain';
import { CampaignQuotaCreate } from './CampaignQuotaCreate';
import { CampaignQuotaEdit } from './CampaignQuotaEdit';
import { CampaignQuotaList } from './CampaignQuotaList';

export default {
  list: CampaignQuotaList,
  edit: CampaignQuotaEdit,
  create: CampaignQuotaCreate,
  icon: QuotaIcon,
  recordRepresentation: (quota: CampaignQuota) => String(quota.enterprises),
};
