import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { email, loginNeedsUsername, password, username } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export const validateStaff = loginNeedsUsername;

export function StaffInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="crm.staff.position" helperText="crm.staff.eGVicePresidentDean" />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput label="crm.staff.unit" />
      </ReferenceInput>
      <TextInput source="email" validate={email} />
      <TextInput source="phone" />
      <SelectInput source="role" choices={vocabularyChoices('roles')} emptyText="crm.staff.noLogin" helperText="crm.staff.onlyStaffWithARole" />
      <TextInput source="username" validate={username} autoComplete="off" />
      <PasswordInput source="password" validate={password} helperText="crm.staff.leaveEmptyToKeepThe" autoComplete="new-password" />
      <BooleanInput source="active" defaultValue />
    </>
  );
}
