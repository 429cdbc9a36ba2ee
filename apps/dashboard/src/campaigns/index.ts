import CampaignIcon from '@mui/icons-material/Flag';
import type { Campaign } from '@crm/domain';
import { CampaignCreate } from './CampaignCreate';
import { CampaignEdit } from './CampaignEdit';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default {
  list: CampaignList,
  show: CampaignShow,
  edit: CampaignEdit,
  create: CampaignCreate,
  icon: CampaignIcon,
  recordRepresentation: (campaign: Campaign) => campaign.name,
};
