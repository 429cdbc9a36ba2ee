import { DataTable, FilterList, FilterListItem, ReferenceField, SimpleList } from 'react-admin';
import type { Chamber } from '@crm/domain';
import { ChoiceChip } from '../common/fields';
import { ResourceList, TextFilter, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function ChamberFilters() {
  return (
    <>
      <FilterList label="Kind" icon={null}>
        {vocabularyChoices('chamberKinds').map((kind) => (
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
      <ResponsiveList
        phone={
          <SimpleList<Chamber>
            primaryText={(chamber) => chamber.name}
            secondaryText={(chamber) => `${chamber.memberCount} members · ${chamber.outcomeCount} outcomes`}
            tertiaryText={(chamber) => chamber.city ?? ''}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="kind" ><ChoiceChip source="kind" choices={vocabularyChoices('chamberKinds')} /></DataTable.Col>
          <DataTable.Col source="city" />
          <DataTable.NumberCol source="memberCount" label="Members" disableSort />
          <DataTable.NumberCol source="outcomeCount" label="Outcomes" disableSort />
          <DataTable.Col source="ownerId" label="Owner">
            <ReferenceField source="ownerId" reference="staff" link={false} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
