import { ResourceCreate } from '../common/pages';
import { CampaignInputs } from './CampaignInputs';

export function CampaignCreate() {
  return (
    <ResourceCreate>
      <CampaignInputs />
    </ResourceCreate>
  );
}
