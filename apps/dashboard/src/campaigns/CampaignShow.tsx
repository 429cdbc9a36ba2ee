import {
  DataTable,
  DateField,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Related } from '../common/Related';
import { scrollableTabs } from '../common/pages';
import { CampaignProgress } from './CampaignProgress';

function Progress() {
  const campaign = useRecordContext();
  return campaign ? <CampaignProgress campaignId={Number(campaign.id)} /> : null;
}

export function CampaignShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.campaigns.progress">
          <TextField source="name" />
          <DateField source="startsOn" />
          <DateField source="endsOn" />
          <Progress />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.campaigns.quotas" path="quotas">
          <Related
            reference="campaign-quotas"
            target="campaignId"
            addLabel="crm.campaigns.addAQuota"
            prefill={(campaign) => ({ campaignId: campaign.id })}
            sort={{ field: 'enterprises', order: 'DESC' }}
          >
            <DataTable.Col source="staffId">
              <ReferenceField source="staffId" reference="staff" link="show" />
            </DataTable.Col>
            <DataTable.Col source="enterprises">
              <NumberField source="enterprises" />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.campaigns.notes" path="notes">
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
