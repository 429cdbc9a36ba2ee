import { DataTable, ReferenceField } from 'react-admin';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';

export function MajorList() {
  return (
    <ResourceList
      sidebar={
        <>
          <FilterHeading>crm.majors.college</FilterHeading>
          <ReferenceFilter source="unitId" reference="units" label="crm.majors.college" />
        </>
      }
      sort={{ field: 'code', order: 'ASC' }}
    >
      <DataTable rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="unitId" label="crm.majors.college">
          <ReferenceField source="unitId" reference="units" link={false} />
        </DataTable.Col>
      </DataTable>
    </ResourceList>
  );
}
