import { BooleanField, DataTable, FilterList, FilterListItem, ReferenceField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function StaffFilters() {
  return (
    <>
      <FilterHeading>crm.staff.unit</FilterHeading>
      <ReferenceFilter source="unitId" reference="units" label="crm.staff.unit" />
      <FilterList label="crm.staff.role" icon={null}>
        {vocabularyChoices('roles').map((role) => (
          <FilterListItem key={role.id} label={role.name} value={{ role: role.id }} />
        ))}
      </FilterList>
      <FilterList label="crm.staff.status" icon={null}>
        <FilterListItem label="crm.staff.active" value={{ active: true }} />
        <FilterListItem label="crm.staff.inactive" value={{ active: false }} />
      </FilterList>
    </>
  );
}

export function StaffList() {
  return (
    <ResourceList sidebar={<StaffFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="title" label="crm.staff.position" />
        <DataTable.Col source="unitId" label="crm.staff.unit">
          <ReferenceField source="unitId" reference="units" link={false} />
        </DataTable.Col>
        <DataTable.Col source="role">
          <ChoiceChip source="role" choices={vocabularyChoices('roles')} />
        </DataTable.Col>
        <DataTable.Col source="username" />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </ResourceList>
  );
}
