import { ResourceEdit } from '../common/pages';
import { CampaignInputs } from './CampaignInputs';

export function CampaignEdit() {
  return (
    <ResourceEdit>
      <CampaignInputs />
    </ResourceEdit>
  );
}
