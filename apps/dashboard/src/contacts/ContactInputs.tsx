import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput, useCanAccess } from 'react-admin';
import { email, exactlyOneOrganisation } from '../common/validation';
import { SimilarWarning } from '../duplicates/SimilarWarning';
import { vocabularyChoices } from '../i18n';
import { useCreateByName } from '../common/createByName';

export const validateContact = exactlyOneOrganisation;

export function ContactInputs() {
  const createEnterprise = useCreateByName('enterprises');
  const createChamber = useCreateByName('chambers');
  // the Employment Office adds contacts but not enterprises or chambers: no "Create" it would be refused
  const { canAccess: mayCreateEnterprise } = useCanAccess({ action: 'create', resource: 'enterprises' });
  const { canAccess: mayCreateChamber } = useCanAccess({ action: 'create', resource: 'chambers' });
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="title" label="crm.contacts.jobTitle" />
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput
          label="crm.contacts.worksAtEnterprise"
          helperText="crm.contacts.anEnterpriseOrAChamber"
          onCreate={mayCreateEnterprise ? createEnterprise : undefined}
        />
      </ReferenceInput>
      <ReferenceInput source="chamberId" reference="chambers">
        <AutocompleteInput label="crm.contacts.orAtChamber" onCreate={mayCreateChamber ? createChamber : undefined} />
      </ReferenceInput>
      <TextInput source="phone" />
      <TextInput source="email" validate={email} />
      <TextInput source="wechat" label="crm.contacts.wechat" />
      <SimilarWarning resource="contacts" />
      <SelectInput
        source="permission"
        choices={vocabularyChoices('contactPermissions')}
        defaultValue="free"
        validate={required()}
      />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
