import { DataTable, EmailField, FilterList, FilterListItem, ReferenceField, SimpleList } from 'react-admin';
import type { Contact } from '@crm/domain';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function ContactFilters() {
  return (
    <>
      <FilterHeading>crm.contacts.organisation</FilterHeading>
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="crm.contacts.enterprise" />
      <ReferenceFilter source="chamberId" reference="chambers" label="crm.contacts.chamber" />
      <FilterList label="crm.contacts.permission" icon={null}>
        {vocabularyChoices('contactPermissions').map((permission) => (
          <FilterListItem key={permission.id} label={permission.name} value={{ permission: permission.id }} />
        ))}
      </FilterList>
    </>
  );
}

export function ContactList() {
  return (
    <ResourceList sidebar={<ContactFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Contact>
            primaryText={(contact) => contact.name}
            secondaryText={(contact) => [contact.title, contact.phone].filter(Boolean).join(' · ')}
            tertiaryText={() => ''}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="title" />
          <DataTable.Col source="enterpriseId" label="crm.contacts.organisation" disableSort>
            <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
            <ReferenceField source="chamberId" reference="chambers" link={false} />
          </DataTable.Col>
          <DataTable.Col source="phone" />
          <DataTable.Col source="email" field={EmailField} />
          <DataTable.Col source="permission">
            <ChoiceChip source="permission" choices={vocabularyChoices('contactPermissions')} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
