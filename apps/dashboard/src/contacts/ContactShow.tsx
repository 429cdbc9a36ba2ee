import { DataTable, EmailField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceChip, DayField } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

export function ContactShow() {
  return (
    <Show>
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.contacts.contact">
          <TextField source="name" />
          <TextField source="title" />
          <ReferenceField source="enterpriseId" reference="enterprises" emptyText="—" />
          <ReferenceField source="chamberId" reference="chambers" emptyText="—" />
          <TextField source="phone" />
          <EmailField source="email" />
          <TextField source="wechat" label="crm.contacts.wechat" />
          <ChoiceChip source="permission" choices={vocabularyChoices('contactPermissions')} />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.contacts.meetings" path="meetings">
          <Related
            reference="meetings"
            target="contactIds"
            sort={{ field: 'startsAt', order: 'DESC' }}
            empty="crm.contacts.notAtAnyMeetingYet"
          >
            <DataTable.Col source="startsAt" label="crm.contacts.when" field={DayField} />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.contacts.history" path="history">
          <Timeline resource="contacts" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
