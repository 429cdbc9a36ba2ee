import { BooleanField, DataTable, FilterList, FilterListItem, ReferenceField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function StaffFilters() {
  return (
    <>
      <FilterHeading>Unit</FilterHeading>
      <ReferenceFilter source="unitId" reference="units" label="Unit" />
      <FilterList label="Role" icon={null}>
        {vocabularyChoices('roles').map((role) => (
          <FilterListItem key={role.id} label={role.name} value={{ role: role.id }} />
        ))}
      </FilterList>
      <FilterList label="Status" icon={null}>
        <FilterListItem label="Active" value={{ active: true }} />
        <FilterListItem label="Inactive" value={{ active: false }} />
      </FilterList>
    </>
  );
}

export function StaffList() {
  return (
    <ResourceList sidebar={<StaffFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="title" label="Position" />
        <DataTable.Col source="unitId" label="Unit">
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
