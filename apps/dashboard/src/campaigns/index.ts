import CampaignIcon from '@mui/icons-material/Flag';
import type { Campaign } from '@crm/domain';
import { formPages } from '../common/pages';
import { CampaignInputs } from './CampaignInputs';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export default {
  list: CampaignList,
  show: CampaignShow,
  ...formPages(CampaignInputs),
  icon: CampaignIcon,
  recordRepresentation: (campaign: Campaign) => campaign.name,
};
