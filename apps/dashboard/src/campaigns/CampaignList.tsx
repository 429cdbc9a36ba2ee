import { DataTable, DateField } from 'react-admin';
import { ResourceList } from '../common/pages';

export function CampaignList() {
  return (
    <ResourceList sort={{ field: 'startsOn', order: 'DESC' }}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="startsOn">
          <DateField source="startsOn" />
        </DataTable.Col>
        <DataTable.Col source="endsOn">
          <DateField source="endsOn" />
        </DataTable.Col>
      </DataTable>
    </ResourceList>
  );
}
