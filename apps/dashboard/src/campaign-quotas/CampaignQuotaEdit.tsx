import { ResourceEdit } from '../common/pages';
import { CampaignQuotaInputs } from './CampaignQuotaInputs';

export function CampaignQuotaEdit() {
  return (
    <ResourceEdit>
      <CampaignQuotaInputs />
    </ResourceEdit>
  );
}
