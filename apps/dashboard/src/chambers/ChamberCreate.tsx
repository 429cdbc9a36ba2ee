import { ResourceCreate } from '../common/pages';
import { ChamberInputs } from './ChamberInputs';

export function ChamberCreate() {
  return (
    <ResourceCreate>
      <ChamberInputs />
    </ResourceCreate>
  );
}
