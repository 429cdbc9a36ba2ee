import { DataTable, DateField, ReferenceField } from 'react-admin';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';

function MembershipFilters() {
  return (
    <>
      <FilterHeading>Narrow to</FilterHeading>
      <ReferenceFilter source="chamberId" reference="chambers" label="Chamber" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="Enterprise" />
    </>
  );
}

export function MembershipList() {
  return (
    <ResourceList sidebar={<MembershipFilters />}>
      <DataTable rowClick="edit">
        <DataTable.Col source="chamberId" label="Chamber">
          <ReferenceField source="chamberId" reference="chambers" />
        </DataTable.Col>
        <DataTable.Col source="enterpriseId" label="Enterprise">
          <ReferenceField source="enterpriseId" reference="enterprises" />
        </DataTable.Col>
        <DataTable.Col source="role" />
        <DataTable.Col source="since" field={DateField} />
      </DataTable>
    </ResourceList>
  );
}
