import { ResourceCreate } from '../common/pages';
import { OutcomeInputs } from './OutcomeInputs';

export function OutcomeCreate() {
  return (
    <ResourceCreate>
      <OutcomeInputs />
    </ResourceCreate>
  );
}
