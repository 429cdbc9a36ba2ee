import { ResourceCreate } from '../common/pages';
import { CampaignQuotaInputs } from './CampaignQuotaInputs';

export function CampaignQuotaCreate() {
  return (
    <ResourceCreate>
      <CampaignQuotaInputs />
    </ResourceCreate>
  );
}
