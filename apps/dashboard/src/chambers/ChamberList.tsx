import { CHOICES } from '@crm/domain';
import { DataTable, FilterList, FilterListItem, ReferenceField } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { ResourceList, TextFilter } from '../common/pages';

function ChamberFilters() {
  return (
    <>
      <FilterList label="Kind" icon={null}>
        {CHOICES.chamberKinds.map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <TextFilter source="city" label="City" />
    </>
  );
}

export function ChamberList() {
  return (
    <ResourceList sidebar={<ChamberFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" ><ChoiceChip source="kind" choices={CHOICES.chamberKinds} /></DataTable.Col>
        <DataTable.Col source="city" />
        <DataTable.NumberCol source="memberCount" label="Members" disableSort />
        <DataTable.NumberCol source="outcomeCount" label="Outcomes" disableSort />
        <DataTable.Col source="ownerId" label="Owner">
          <ReferenceField source="ownerId" reference="staff" link={false} />
        </DataTable.Col>
      </DataTable>
    </ResourceList>
  );
}
