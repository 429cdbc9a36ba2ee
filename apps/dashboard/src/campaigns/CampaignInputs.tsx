import { Stack } from '@mui/material';
import { required, TextInput } from 'react-admin';
import { DayInput } from '../common/DateInputs';

export function CampaignInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth helperText="crm.campaigns.nameExample" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <DayInput source="startsOn" validate={required()} />
        <DayInput source="endsOn" validate={required()} />
      </Stack>
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
