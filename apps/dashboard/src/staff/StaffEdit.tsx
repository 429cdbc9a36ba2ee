import { SaveButton, Toolbar } from 'react-admin';
import { ResourceEdit } from '../common/pages';
import { StaffInputs, validateStaff } from './StaffInputs';

/** Save only: an account is disabled (Active off), never deleted, so its history keeps its name. */
export function StaffEdit() {
  return (
    <ResourceEdit
      validate={validateStaff}
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <StaffInputs />
    </ResourceEdit>
  );
}
