import { DataTable, ReferenceField } from 'react-admin';
import { DayField } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';

function MembershipFilters() {
  return (
    <>
      <FilterHeading>crm.memberships.narrowTo</FilterHeading>
      <ReferenceFilter source="chamberId" reference="chambers" label="crm.memberships.chamber" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="crm.memberships.enterprise" />
    </>
  );
}

export function MembershipList() {
  return (
    <ResourceList sidebar={<MembershipFilters />}>
      <DataTable rowClick="edit">
        <DataTable.Col source="chamberId" label="crm.memberships.chamber">
          <ReferenceField source="chamberId" reference="chambers" />
        </DataTable.Col>
        <DataTable.Col source="enterpriseId" label="crm.memberships.enterprise">
          <ReferenceField source="enterpriseId" reference="enterprises" />
        </DataTable.Col>
        <DataTable.Col source="role" />
        <DataTable.Col source="since" field={DayField} />
      </DataTable>
    </ResourceList>
  );
}
