import { DataTable, FilterList, FilterListItem } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { ResourceList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function UnitFilters() {
  return (
    <FilterList label="crm.units.kind" icon={null}>
      {vocabularyChoices('unitKinds').map((kind) => (
        <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
      ))}
    </FilterList>
  );
}

export function UnitList() {
  return (
    <ResourceList sidebar={<UnitFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <ChoiceChip source="kind" choices={vocabularyChoices('unitKinds')} />
        </DataTable.Col>
        <DataTable.Col source="code" />
      </DataTable>
    </ResourceList>
  );
}
