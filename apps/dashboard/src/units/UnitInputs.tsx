import { required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { vocabularyChoices } from '../i18n';

export function UnitInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput
        source="kind"
        choices={vocabularyChoices('unitKinds')}
        validate={required()}
        defaultValue="college"
      />
      <TextInput source="code" />
      <TextInput source="notes" multiline minRows={2} fullWidth />
      <TextInput source="wecomWebhook" fullWidth helperText={translate('crm.units.wecomWebhookHelp')} />
    </>
  );
}
