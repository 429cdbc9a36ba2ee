import QuotaIcon from '@mui/icons-material/TrackChanges';
import { CampaignQuotaCreate } from './CampaignQuotaCreate';
import { CampaignQuotaEdit } from './CampaignQuotaEdit';
import { CampaignQuotaList } from './CampaignQuotaList';

export default {
  list: CampaignQuotaList,
  edit: CampaignQuotaEdit,
  create: CampaignQuotaCreate,
  icon: QuotaIcon,
  recordRepresentation: (quota: { enterprises: number }) => String(quota.enterprises),
};
