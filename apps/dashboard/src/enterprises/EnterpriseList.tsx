import { RELATIONSHIP_STAGE_LABELS } from '@crm/domain';
import { DataTable, DateField, FilterList, FilterListItem, SimpleList } from 'react-admin';
import type { Enterprise } from '@crm/domain';
import { ChoiceChip, HealthField, STAGE_COLORS } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, TextFilter, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

function EnterpriseFilters() {
  return (
    <>
      <FilterHeading>Chamber</FilterHeading>
      <ReferenceFilter source="chamberId" reference="chambers" label="Member of" />
      <FilterList label="Relationship" icon={null}>
        {vocabularyChoices('relationshipStages').map((stage) => (
          <FilterListItem key={stage.id} label={stage.name} value={{ relationshipStage: stage.id }} />
        ))}
      </FilterList>
      <FilterList label="Tier" icon={null}>
        {vocabularyChoices('tiers').map((tier) => (
          <FilterListItem key={tier.id} label={tier.name} value={{ tier: tier.id }} />
        ))}
      </FilterList>
      <FilterHeading>Where and what</FilterHeading>
      <TextFilter source="city" label="City" />
      <TextFilter source="industry" label="Industry" />
    </>
  );
}

export function EnterpriseList() {
  return (
    <ResourceList sidebar={<EnterpriseFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Enterprise>
            primaryText={(enterprise) => enterprise.name}
            secondaryText={(enterprise) => [RELATIONSHIP_STAGE_LABELS[enterprise.relationshipStage], enterprise.city].filter(Boolean).join(' · ')}
            tertiaryText={(enterprise) => enterprise.lastContactDate ?? ''}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="relationshipStage" label="Relationship">
            <ChoiceChip source="relationshipStage" choices={vocabularyChoices('relationshipStages')} colors={STAGE_COLORS} />
          </DataTable.Col>
          <DataTable.Col source="health" label="Health" disableSort>
            <HealthField />
          </DataTable.Col>
          <DataTable.Col source="tier">
            <ChoiceChip source="tier" choices={vocabularyChoices('tiers')} />
          </DataTable.Col>
          <DataTable.Col source="city" />
          <DataTable.Col source="lastContactDate" label="Last contact" field={DateField} />
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
