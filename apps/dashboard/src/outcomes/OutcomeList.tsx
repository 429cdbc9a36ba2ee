import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { addDays, chinaDay, LIVE_OUTCOME_STAGES } from '@crm/domain';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  CreateButton,
  DataTable,
  FilterList,
  FilterListItem,
  ReferenceField,
  TopToolbar,
  SimpleList,
  useTranslate,
} from 'react-admin';
import type { Outcome } from '@crm/domain';
import { ServerExportButton } from '../common/ServerExportButton';
import { ChoiceChip, DayField, MoneyField, STAGE_COLORS } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { useFormat, useVocabularyLabel, vocabularyChoices } from '../i18n';

/** Agreements in force whose end falls within the next `days` days. */
export function expiringWithin(days: number, today = chinaDay(new Date())) {
  return { stage: [...LIVE_OUTCOME_STAGES], endDate_gte: today, endDate_lte: addDays(today, days) };
}

/** The stages a filter asks for: several may be chosen at once (signed and active, say). */
function stagesOf(filters: Record<string, unknown>): string[] {
  const stage = filters.stage;
  return Array.isArray(stage) ? stage.map(String) : stage ? [String(stage)] : [];
}

function toggleStage(value: { stage: string }, filters: Record<string, unknown>): Record<string, unknown> {
  const chosen = stagesOf(filters);
  const next = chosen.includes(value.stage)
    ? chosen.filter((stage) => stage !== value.stage)
    : [...chosen, value.stage];
  const { stage: _stage, ...rest } = filters;
  return next.length ? { ...rest, stage: next } : rest;
}

function OutcomeFilters() {
  const translate = useTranslate();
  return (
    <>
      <FilterList label="crm.outcomes.expiringWithin" icon={null}>
        {[30, 90, 180].map((days) => (
          <FilterListItem
            key={days}
            label={translate('crm.outcomes.days', { count: days })}
            value={expiringWithin(days)}
          />
        ))}
      </FilterList>
      <FilterList label="crm.outcomes.stage" icon={null}>
        {vocabularyChoices('outcomeStages').map((stage) => (
          <FilterListItem
            key={stage.id}
            label={stage.name}
            value={{ stage: stage.id }}
            isSelected={(value, filters) => stagesOf(filters).includes(value.stage)}
            toggleFilter={toggleStage}
          />
        ))}
      </FilterList>
      <FilterList label="crm.outcomes.kind" icon={null}>
        {vocabularyChoices('outcomeKinds').map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <FilterHeading>crm.outcomes.responsibleUnit</FilterHeading>
      <ReferenceFilter source="unitId" reference="units" label="crm.outcomes.unit" />
    </>
  );
}

function OutcomeListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <Button component={Link} to="/board" startIcon={<ViewKanbanIcon />} size="small">
        {translate('crm.outcomes.board')}
      </Button>
      <CreateButton />
      <ServerExportButton />
    </TopToolbar>
  );
}

export function OutcomeList() {
  const format = useFormat();
  const label = useVocabularyLabel();
  return (
    <ResourceList
      scoped
      sidebar={<OutcomeFilters />}
      actions={<OutcomeListActions />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
    >
      <ResponsiveList
        phone={
          <SimpleList<Outcome>
            primaryText={(outcome) => outcome.title}
            secondaryText={(outcome) =>
              `${label('outcomeKinds', outcome.kind)} · ${label('outcomeStages', outcome.stage)}`
            }
            tertiaryText={(outcome) => format.date(outcome.endDate)}
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
          <DataTable.Col source="enterpriseId" label="crm.outcomes.partner">
            <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
          </DataTable.Col>
          <DataTable.Col source="chamberId">
            <ReferenceField source="chamberId" reference="chambers" link={false} />
          </DataTable.Col>
          <DataTable.Col source="unitId" label="crm.outcomes.unit">
            <ReferenceField source="unitId" reference="units" link={false} />
          </DataTable.Col>
          <DataTable.Col source="endDate" label="crm.outcomes.ends" field={DayField} />
          <DataTable.NumberCol source="capacity" />
          <DataTable.Col source="value" label="crm.outcomes.value">
            <MoneyField source="value" wan />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
