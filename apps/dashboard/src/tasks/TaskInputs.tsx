import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';
import { DayInput, MomentInput } from '../common/DateInputs';
import { followsSomething } from '../common/validation';

export const validateTask = followsSomething;

export function TaskInputs() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <ReferenceInput source="assigneeId" reference="staff">
        <AutocompleteInput label="crm.tasks.assignee" />
      </ReferenceInput>
      <DayInput source="dueDate" label="crm.tasks.due" />
      <ReferenceInput source="meetingId" reference="meetings" sort={{ field: 'startsAt', order: 'DESC' }}>
        <AutocompleteInput label="crm.tasks.followsUpMeeting" helperText="crm.tasks.aMeetingAnEnterpriseOr" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="crm.tasks.enterprise" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="outcomeId" reference="outcomes">
        <AutocompleteInput label="crm.tasks.outcome" fullWidth />
      </ReferenceInput>
      <MomentInput source="doneAt" label="crm.tasks.doneAt" helperText="crm.tasks.emptyWhileTheTaskIs" />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
