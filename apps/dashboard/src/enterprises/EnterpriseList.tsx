import { DataTable, FilterList, FilterListItem, SimpleList } from 'react-admin';
import type { Enterprise } from '@crm/domain';
import { ChoiceChip, DayField, HealthField, STAGE_COLORS } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, TextFilter, ResponsiveList } from '../common/pages';
import { useFormat, useVocabularyLabel, vocabularyChoices } from '../i18n';

function EnterpriseFilters() {
  return (
    <>
      <FilterHeading>crm.enterprises.chamber</FilterHeading>
      <ReferenceFilter source="chamberId" reference="chambers" label="crm.enterprises.memberOf" />
      <FilterList label="crm.enterprises.relationship" icon={null}>
        {vocabularyChoices('relationshipStages').map((stage) => (
          <FilterListItem key={stage.id} label={stage.name} value={{ relationshipStage: stage.id }} />
        ))}
      </FilterList>
      <FilterList label="crm.enterprises.tier" icon={null}>
        {vocabularyChoices('tiers').map((tier) => (
          <FilterListItem key={tier.id} label={tier.name} value={{ tier: tier.id }} />
        ))}
      </FilterList>
      <FilterHeading>crm.enterprises.whereAndWhat</FilterHeading>
      <TextFilter source="city" label="crm.enterprises.city" />
      <TextFilter source="industry" label="crm.enterprises.industry" />
    </>
  );
}

export function EnterpriseList() {
  const format = useFormat();
  const label = useVocabularyLabel();
  return (
    <ResourceList scoped sidebar={<EnterpriseFilters />} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Enterprise>
            primaryText={(enterprise) => enterprise.name}
            secondaryText={(enterprise) =>
              [label('relationshipStages', enterprise.relationshipStage), enterprise.city].filter(Boolean).join(' · ')
            }
            tertiaryText={(enterprise) => format.date(enterprise.lastContactDate)}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="relationshipStage" label="crm.enterprises.relationship">
            <ChoiceChip
              source="relationshipStage"
              choices={vocabularyChoices('relationshipStages')}
              colors={STAGE_COLORS}
            />
          </DataTable.Col>
          <DataTable.Col source="health" label="crm.enterprises.health" disableSort>
            <HealthField />
          </DataTable.Col>
          <DataTable.Col source="tier">
            <ChoiceChip source="tier" choices={vocabularyChoices('tiers')} />
          </DataTable.Col>
          <DataTable.Col source="city" />
          <DataTable.Col source="lastContactDate" label="crm.enterprises.lastContact" field={DayField} />
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
