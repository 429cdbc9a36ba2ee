import { academicYearOf, chinaDay } from '@crm/domain';
import { DataTable, FilterList, FilterListItem, ReferenceField, useListContext } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';
import { vocabularyChoices } from '../i18n';
import { IntakeTotalsCard } from '../reports/IntakeTotalsCard';

/** The totals of the intakes the list's filters select, above the list. */
function IntakeListTotals() {
  const { filterValues } = useListContext();
  const id = (value: unknown) =>
    typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)) ? Number(value) : undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return (
    <IntakeTotalsCard
      narrowing={{
        academicYear: text(filterValues.academicYear),
        term: text(filterValues.term),
        majorId: id(filterValues.majorId),
        outcomeId: id(filterValues.outcomeId),
        enterpriseId: id(filterValues.enterpriseId),
      }}
    />
  );
}

function IntakeFilters() {
  const thisYear = academicYearOf(chinaDay(new Date()));
  const start = Number(thisYear.slice(0, 4));
  return (
    <>
      <FilterList label="crm.intakes.academicYear" icon={null}>
        {[0, 1, 2].map((back) => {
          const year = `${start - back}-${start - back + 1}`;
          return <FilterListItem key={year} label={year} value={{ academicYear: year }} />;
        })}
      </FilterList>
      <FilterList label="crm.intakes.term" icon={null}>
        {vocabularyChoices('terms').map((term) => (
          <FilterListItem key={term.id} label={term.name} value={{ term: term.id }} />
        ))}
      </FilterList>
      <FilterHeading>crm.intakes.narrowTo</FilterHeading>
      <ReferenceFilter source="majorId" reference="majors" label="crm.intakes.major" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="crm.intakes.enterprise" />
    </>
  );
}

export function IntakeList() {
  return (
    <ResourceList sidebar={<IntakeFilters />} sort={{ field: 'academicYear', order: 'DESC' }}>
      <IntakeListTotals />
      <DataTable rowClick="show">
        <DataTable.Col source="academicYear" label="crm.intakes.year" />
        <DataTable.Col source="term">
          <ChoiceChip source="term" choices={vocabularyChoices('terms')} />
        </DataTable.Col>
        <DataTable.Col source="outcomeId" label="crm.intakes.base">
          <ReferenceField source="outcomeId" reference="outcomes" link={false} />
        </DataTable.Col>
        <DataTable.Col source="majorId" label="crm.intakes.major">
          <ReferenceField source="majorId" reference="majors" link={false} />
        </DataTable.Col>
        <DataTable.NumberCol source="positions" />
        <DataTable.NumberCol source="placed" />
        <DataTable.NumberCol source="hired" />
      </DataTable>
    </ResourceList>
  );
}
