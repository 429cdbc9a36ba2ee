import { ResourceEdit } from '../common/pages';
import { ChamberInputs } from './ChamberInputs';

export function ChamberEdit() {
  return (
    <ResourceEdit>
      <ChamberInputs />
    </ResourceEdit>
  );
}
