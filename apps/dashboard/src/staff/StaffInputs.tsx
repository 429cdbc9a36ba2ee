import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { email, loginNeedsUsername, password, username } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export const validateStaff = loginNeedsUsername;

export function StaffInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="Position" helperText="e.g. Vice-president, Dean, Director of the Employment Office" />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput label="Unit" />
      </ReferenceInput>
      <TextInput source="email" validate={email} />
      <TextInput source="phone" />
      <SelectInput source="role" choices={vocabularyChoices('roles')} emptyText="No login" helperText="Only staff with a role can log in" />
      <TextInput source="username" validate={username} autoComplete="off" />
      <PasswordInput source="password" validate={password} helperText="Leave empty to keep the current password" autoComplete="new-password" />
      <BooleanInput source="active" defaultValue />
    </>
  );
}
