import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { addDays, chinaDay, LIVE_OUTCOME_STAGES, OUTCOME_KIND_LABELS, OUTCOME_STAGE_LABELS } from '@crm/domain';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { CreateButton, DataTable, DateField, ExportButton, FilterList, FilterListItem, NumberField, ReferenceField, TopToolbar, SimpleList } from 'react-admin';
import type { Outcome } from '@crm/domain';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

/** Agreements in force whose end falls within the next `days` days. */
export function expiringWithin(days: number, today = chinaDay(new Date())) {
  return { stage: [...LIVE_OUTCOME_STAGES], endDate_gte: today, endDate_lte: addDays(today, days) };
}

function OutcomeFilters() {
  return (
    <>
      <FilterList label="Expiring within" icon={null}>
        {[30, 90, 180].map((days) => (
          <FilterListItem key={days} label={`${days} days`} value={expiringWithin(days)} />
        ))}
      </FilterList>
      <FilterList label="Stage" icon={null}>
        {vocabularyChoices('outcomeStages').map((stage) => (
          <FilterListItem key={stage.id} label={stage.name} value={{ stage: stage.id }} />
        ))}
      </FilterList>
      <FilterList label="Kind" icon={null}>
        {vocabularyChoices('outcomeKinds').map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <FilterHeading>Responsible unit</FilterHeading>
      <ReferenceFilter source="unitId" reference="units" label="Unit" />
    </>
  );
}

function OutcomeListActions() {
  return (
    <TopToolbar>
      <Button component={Link} to="/board" startIcon={<ViewKanbanIcon />} size="small">
        Board
      </Button>
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function OutcomeList() {
  return (
    <ResourceList sidebar={<OutcomeFilters />} actions={<OutcomeListActions />} sort={{ field: 'updatedAt', order: 'DESC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Outcome>
            primaryText={(outcome) => outcome.title}
            secondaryText={(outcome) => `${OUTCOME_KIND_LABELS[outcome.kind]} · ${OUTCOME_STAGE_LABELS[outcome.stage]}`}
            tertiaryText={(outcome) => outcome.endDate ?? ''}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="title" />
          <DataTable.Col source="kind">
            <ChoiceChip source="kind" choices={vocabularyChoices('outcomeKinds')} />
          </DataTable.Col>
          <DataTable.Col source="stage">
            <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
          </DataTable.Col>
          <DataTable.Col source="enterpriseId" label="Partner">
            <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
          </DataTable.Col>
          <DataTable.Col source="unitId" label="Unit">
            <ReferenceField source="unitId" reference="units" link={false} />
          </DataTable.Col>
          <DataTable.Col source="endDate" label="Ends" field={DateField} />
          <DataTable.NumberCol source="capacity" />
          <DataTable.Col source="value" label="Value (CNY)">
            <NumberField source="value" options={{ maximumFractionDigits: 0 }} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
