import { ResourceEdit } from '../common/pages';
import { OutcomeInputs } from './OutcomeInputs';

export function OutcomeEdit() {
  return (
    <ResourceEdit>
      <OutcomeInputs />
    </ResourceEdit>
  );
}
