import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { AuditEvent } from '@crm/domain';
import { FunctionField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ChoiceChip, TimeField } from '../common/fields';
import { vocabularyChoices } from '../i18n';
import { useResourceName } from './AuditList';
import { fieldLabel, fieldsShown, valueText } from '../common/sentences';
import { useSpeech } from '../common/useSpeech';

function Changes() {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  const speech = useSpeech(event ? [event] : []);
  if (!event) return null;
  const show = (field: string, value: unknown) =>
    value === undefined ? '' : valueText(event.resource, field, value, speech);
  const fields = fieldsShown(event);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('crm.audit.field')}</TableCell>
            <TableCell>{translate('crm.audit.before')}</TableCell>
            <TableCell>{translate('crm.audit.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => {
            const before = show(field, event.before?.[field]);
            const after = show(field, event.after?.[field]);
            return (
              <TableRow key={field} selected={before !== after}>
                <TableCell>{fieldLabel(event.resource, field, translate)}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{before}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{after}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

export function AuditShow() {
  const resourceName = useResourceName();
  return (
    <Show>
      <SimpleShowLayout>
        <TimeField source="at" />
        <TextField source="actorName" label="crm.audit.who" />
        <ChoiceChip source="action" choices={vocabularyChoices('auditActions')} />
        <FunctionField<AuditEvent> source="resource" render={(event) => resourceName(event.resource)} />
        <TextField source="recordId" />
        <Changes />
      </SimpleShowLayout>
    </Show>
  );
}
