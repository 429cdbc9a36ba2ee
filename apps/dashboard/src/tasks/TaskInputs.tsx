import { AutocompleteInput, DateInput, DateTimeInput, ReferenceInput, required, TextInput } from 'react-admin';
import { followsSomething, toInstant } from '../common/validation';

export const validateTask = followsSomething;

export function TaskInputs() {
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <ReferenceInput source="assigneeId" reference="staff">
        <AutocompleteInput label="Assignee" />
      </ReferenceInput>
      <DateInput source="dueDate" label="Due" />
      <ReferenceInput source="meetingId" reference="meetings" sort={{ field: 'startsAt', order: 'DESC' }}>
        <AutocompleteInput label="Follows up meeting" helperText="A meeting, an enterprise or an outcome: at least one" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput label="Enterprise" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="outcomeId" reference="outcomes">
        <AutocompleteInput label="Outcome" fullWidth />
      </ReferenceInput>
      <DateTimeInput source="doneAt" label="Done at" helperText="Empty while the task is open" parse={toInstant} />
      <TextInput source="notes" multiline minRows={2} fullWidth />
    </>
  );
}
