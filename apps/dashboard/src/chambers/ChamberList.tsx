import { DataTable, FilterList, FilterListItem, ReferenceField, SimpleList, useTranslate } from 'react-admin';
import type { Chamber } from '@crm/domain';
import { ChoiceChip } from '../common/fields';
import { ResourceList, TextFilter, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function ChamberFilters() {
  return (
    <>
      <FilterList label="crm.chambers.kind" icon={null}>
        {vocabularyChoices('chamberKinds').map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <TextFilter source="city" label="crm.chambers.city" />
    </>
  );
}

export function ChamberList() {
  const translate = useTranslate();
  return (
    <ResourceList sidebar={<ChamberFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Chamber>
            primaryText={(chamber) => chamber.name}
            secondaryText={(chamber) =>
              translate('crm.chambers.counts', { members: chamber.memberCount, outcomes: chamber.outcomeCount })
            }
            tertiaryText={(chamber) => chamber.city ?? ''}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
            <ChoiceChip source="kind" choices={vocabularyChoices('chamberKinds')} />
          </DataTable.Col>
          <DataTable.Col source="city" />
          <DataTable.NumberCol source="memberCount" label="crm.chambers.members" disableSort />
          <DataTable.NumberCol source="outcomeCount" label="crm.chambers.outcomes" disableSort />
          <DataTable.Col source="ownerId" label="crm.chambers.owner">
            <ReferenceField source="ownerId" reference="staff" link={false} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
