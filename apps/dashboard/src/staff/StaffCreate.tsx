import { ResourceCreate } from '../common/pages';
import { StaffInputs, validateStaff } from './StaffInputs';

export function StaffCreate() {
  return (
    <ResourceCreate validate={validateStaff}>
      <StaffInputs />
    </ResourceCreate>
  );
}
