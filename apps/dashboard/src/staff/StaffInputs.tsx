import {
  AutocompleteInput,
  BooleanInput,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
} from 'react-admin';
import { email, loginNeedsUsername, password, username } from '../common/validation';
import { vocabularyChoices } from '../i18n';

export const validateStaff = loginNeedsUsername;

/** The account fields (login, role, unit, status) appear only for the admin, the only one who may set them. */
export function StaffInputs() {
  const { permissions: role } = usePermissions<string>();
  const isAdmin = role === 'admin';
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="crm.staff.position" helperText="crm.staff.eGVicePresidentDean" />
      {isAdmin && (
        <ReferenceInput source="unitId" reference="units">
          <AutocompleteInput label="crm.staff.unit" helperText="crm.account.staffUnitHelp" />
        </ReferenceInput>
      )}
      <TextInput source="email" validate={email} />
      <TextInput source="phone" />
      {isAdmin && (
        <>
          <SelectInput
            source="role"
            choices={vocabularyChoices('roles')}
            emptyText="crm.staff.noLogin"
            helperText="crm.staff.onlyStaffWithARole"
          />
          <TextInput source="username" validate={username} autoComplete="off" />
          <PasswordInput
            source="password"
            label="crm.account.staffPassword"
            validate={password}
            helperText="crm.account.staffPasswordHelp"
            autoComplete="new-password"
          />
          <BooleanInput
            source="active"
            label="crm.account.staffActive"
            defaultValue
            helperText="crm.account.staffActiveHelp"
          />
        </>
      )}
    </>
  );
}
