import { AutocompleteInput, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';

const atLeastOne = (value: unknown) =>
  typeof value === 'number' && (value < 1 || !Number.isInteger(value)) ? 'crm.campaigns.quotaAtLeastOne' : undefined;

export function CampaignQuotaInputs() {
  return (
    <>
      <ReferenceInput source="campaignId" reference="campaigns">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="staffId" reference="staff">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <NumberInput
        source="enterprises"
        validate={[required(), atLeastOne]}
        defaultValue={100}
        min={1}
        helperText="crm.campaigns.quotaHelp"
      />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
