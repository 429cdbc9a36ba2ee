import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { AuditEvent } from '@crm/domain';
import { DateField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';

const show = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function Changes() {
  const event = useRecordContext<AuditEvent>();
  if (!event) return null;
  const fields = [...new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})])];
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            <TableCell>Before</TableCell>
            <TableCell>After</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => {
            const before = show(event.before?.[field]);
            const after = show(event.after?.[field]);
            return (
              <TableRow key={field} selected={before !== after}>
                <TableCell>{field}</TableCell>
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
  return (
    <Show>
      <SimpleShowLayout>
        <DateField source="at" showTime />
        <TextField source="actorName" label="Who" />
        <TextField source="action" />
        <TextField source="resource" />
        <TextField source="recordId" />
        <Changes />
      </SimpleShowLayout>
    </Show>
  );
}
