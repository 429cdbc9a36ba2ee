import { ResourceEdit } from '../common/pages';
import { StaffInputs, validateStaff } from './StaffInputs';

export function StaffEdit() {
  return (
    <ResourceEdit validate={validateStaff}>
      <StaffInputs />
    </ResourceEdit>
  );
}
