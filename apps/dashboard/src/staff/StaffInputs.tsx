import { CHOICES } from '@crm/domain';
import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, required, SelectInput, TextInput, usePermissions } from 'react-admin';
import { email, loginNeedsUsername, password, username } from '../common/validation';

export const validateStaff = loginNeedsUsername;

/** The account fields (login, role, unit, status) appear only for the admin, the only one who may set them. */
export function StaffInputs() {
  const { permissions: role } = usePermissions<string>();
  const isAdmin = role === 'admin';
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="Position" helperText="e.g. Vice-president, Dean, Director of the Employment Office" />
      {isAdmin && (
        <ReferenceInput source="unitId" reference="units">
          <AutocompleteInput label="Unit" helperText="For a secondary college's account: its college" />
        </ReferenceInput>
      )}
      <TextInput source="email" validate={email} />
      <TextInput source="phone" />
      {isAdmin && (
        <>
          <SelectInput source="role" choices={CHOICES.roles} emptyText="No login" helperText="Only staff with a role can log in" />
          <TextInput source="username" validate={username} autoComplete="off" />
          <PasswordInput
            source="password"
            label="Initial or new password"
            validate={password}
            helperText="Leave empty to keep the current password; the user is asked to choose their own at next login"
            autoComplete="new-password"
          />
          <BooleanInput source="active" label="Active (can log in)" defaultValue helperText="Disable instead of deleting: the history stays attached" />
        </>
      )}
    </>
  );
}
