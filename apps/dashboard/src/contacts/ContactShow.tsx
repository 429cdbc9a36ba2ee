import { DataTable, DateField, EmailField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function ContactShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="Contact">
          <TextField source="name" />
          <TextField source="title" />
          <ReferenceField source="enterpriseId" reference="enterprises" emptyText="—" />
          <ReferenceField source="chamberId" reference="chambers" emptyText="—" />
          <TextField source="phone" />
          <EmailField source="email" />
          <TextField source="wechat" label="WeChat" />
          <ChoiceChip source="permission" choices={vocabularyChoices('contactPermissions')} />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Meetings" path="meetings">
          <Related reference="meetings" target="contactIds" sort={{ field: 'startsAt', order: 'DESC' }} empty="Not at any meeting yet.">
            <DataTable.Col source="startsAt" label="When" field={DateField} />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="History" path="history">
          <Timeline resource="contacts" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
