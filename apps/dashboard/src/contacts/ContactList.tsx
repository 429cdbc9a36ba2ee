import { CHOICES } from '@crm/domain';
import { DataTable, EmailField, FilterList, FilterListItem, ReferenceField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';

function ContactFilters() {
  return (
    <>
      <FilterHeading>Organisation</FilterHeading>
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="Enterprise" />
      <ReferenceFilter source="chamberId" reference="chambers" label="Chamber" />
      <FilterList label="Permission" icon={null}>
        {CHOICES.contactPermissions.map((permission) => (
          <FilterListItem key={permission.id} label={permission.name} value={{ permission: permission.id }} />
        ))}
      </FilterList>
    </>
  );
}

export function ContactList() {
  return (
    <ResourceList sidebar={<ContactFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="title" />
        <DataTable.Col source="enterpriseId" label="Organisation" disableSort>
          <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
          <ReferenceField source="chamberId" reference="chambers" link={false} />
        </DataTable.Col>
        <DataTable.Col source="phone" />
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="permission">
          <ChoiceChip source="permission" choices={CHOICES.contactPermissions} />
        </DataTable.Col>
      </DataTable>
    </ResourceList>
  );
}
