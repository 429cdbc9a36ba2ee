import { DataTable, ReferenceField } from 'react-admin';
import { DayField } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList } from '../common/pages';

function TeacherPracticeFilters() {
  return (
    <>
      <FilterHeading>crm.teacherPractices.narrowTo</FilterHeading>
      <ReferenceFilter source="unitId" reference="units" label="crm.teacherPractices.college" />
      <ReferenceFilter source="staffId" reference="staff" label="crm.teacherPractices.teacher" />
      <ReferenceFilter source="enterpriseId" reference="enterprises" label="crm.teacherPractices.enterprise" />
    </>
  );
}

export function TeacherPracticeList() {
  return (
    <ResourceList sidebar={<TeacherPracticeFilters />} sort={{ field: 'startsOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="staffId">
          <ReferenceField source="staffId" reference="staff" link={false} />
        </DataTable.Col>
        <DataTable.Col source="unitId">
          <ReferenceField source="unitId" reference="units" link={false} />
        </DataTable.Col>
        <DataTable.Col source="enterpriseId">
          <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
        </DataTable.Col>
        <DataTable.Col source="startsOn" field={DayField} />
        <DataTable.Col source="endsOn" field={DayField} />
        <DataTable.NumberCol source="days" />
      </DataTable>
    </ResourceList>
  );
}
