import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button } from '@mui/material';
import { Link, useLocation } from 'react-router-dom';
import {
  DataTable,
  EditButton,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { createLink } from '../common/links';
import { ChoiceChip, STAGE_COLORS } from '../common/fields';
import { Related } from '../common/Related';
import { Timeline } from '../common/Timeline';
import { scrollableTabs } from '../common/pages';
import { vocabularyChoices } from '../i18n';

/** The unit's people are entered from its page, the unit already chosen; back here once saved. */
function AddStaffButton() {
  const unit = useRecordContext();
  const translate = useTranslate();
  const location = useLocation();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'staff' });
  if (!unit || !canAccess) return null;
  return (
    <Button
      component={Link}
      to={createLink('staff', { unitId: unit.id }, location.pathname)}
      startIcon={<PersonAddIcon />}
      size="small"
    >
      {translate('crm.units.addAStaffMember')}
    </Button>
  );
}

export function UnitShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <AddStaffButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={scrollableTabs}>
        <TabbedShowLayout.Tab label="crm.units.unit">
          <TextField source="name" />
          <ChoiceChip source="kind" choices={vocabularyChoices('unitKinds')} />
          <TextField source="code" />
          <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.majors" path="majors">
          <Related
            reference="majors"
            target="unitId"
            addLabel="crm.units.addAMajor"
            prefill={(unit) => ({ unitId: unit.id })}
            sort={{ field: 'code', order: 'ASC' }}
          >
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.projects" path="outcomes">
          <Related reference="outcomes" target="unitId" sort={{ field: 'updatedAt', order: 'DESC' }}>
            <DataTable.Col source="title" />
            <DataTable.Col source="stage">
              <ChoiceChip source="stage" choices={vocabularyChoices('outcomeStages')} colors={STAGE_COLORS} />
            </DataTable.Col>
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.staff" path="staff">
          <Related
            reference="staff"
            target="unitId"
            addLabel="crm.units.addAStaffMember"
            prefill={(unit) => ({ unitId: unit.id })}
            sort={{ field: 'name', order: 'ASC' }}
          >
            <DataTable.Col source="name" />
            <DataTable.Col source="title" />
          </Related>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.units.history" path="history">
          <Timeline resource="units" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
