import { AutocompleteInput, ReferenceInput, required, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { uscc } from '../common/validation';
import { SimilarWarning } from '../duplicates/SimilarWarning';
import { vocabularyChoices } from '../i18n';

export function EnterpriseInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SimilarWarning resource="enterprises" />
      <TextInput
        source="uscc"
        label="crm.enterprises.unifiedSocialCreditCodeUscc"
        validate={uscc}
        helperText="crm.enterprises.n18CharactersGb321002015"
      />
      <TextArrayInput
        source="aliases"
        label="crm.enterprises.otherNamesShortFormerEnglish"
        helperText="crm.enterprises.pressEnterAfterEachName"
        fullWidth
      />
      <TextInput source="industry" />
      <SelectInput source="ownership" choices={vocabularyChoices('ownerships')} emptyText="crm.enterprises.unknown2" />
      <SelectInput source="size" choices={vocabularyChoices('enterpriseSizes')} emptyText="crm.enterprises.unknown2" />
      <TextInput source="city" />
      <TextInput source="address" fullWidth />
      <TextInput source="website" fullWidth />
      <SelectInput source="tier" choices={vocabularyChoices('tiers')} defaultValue="general" validate={required()} />
      <ReferenceInput source="ownerId" reference="staff">
        <AutocompleteInput label="crm.enterprises.ownerSchoolSide" />
      </ReferenceInput>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </>
  );
}
