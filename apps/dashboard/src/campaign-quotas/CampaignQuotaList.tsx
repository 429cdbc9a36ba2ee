import { DataTable, NumberField, ReferenceField } from 'react-admin';
import { ReferenceFilter, ResourceList } from '../common/pages';

export function CampaignQuotaList() {
  return (
    <ResourceList
      sidebar={
        <ReferenceFilter
          source="campaignId"
          reference="campaigns"
          label="resources.campaign-quotas.fields.campaignId"
        />
      }
      sort={{ field: 'enterprises', order: 'DESC' }}
    >
      <DataTable rowClick="edit">
        <DataTable.Col source="campaignId">
          <ReferenceField source="campaignId" reference="campaigns" link="show" />
        </DataTable.Col>
        <DataTable.Col source="staffId">
          <ReferenceField source="staffId" reference="staff" link="show" />
        </DataTable.Col>
        <DataTable.Col source="enterprises">
          <NumberField source="enterprises" />
        </DataTable.Col>
      </DataTable>
    </ResourceList>
  );
}
