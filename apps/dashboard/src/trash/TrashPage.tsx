import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, Identifier, RaRecord, Title, useDataProvider, useGetList, useNotify, useResourceDefinitions } from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';

/** The resources whose deleted records the trash lists, in the menu's order. */
const TRASH_RESOURCES = ['meetings', 'enterprises', 'chambers', 'contacts', 'outcomes', 'intakes', 'tasks', 'units', 'majors', 'staff', 'memberships'];

const nameOf = (record: RaRecord) => String(record.name ?? record.title ?? record.code ?? `#${record.id}`);

/**
 * Deleted records of one resource (`filter={"deleted":true}`): the admin restores one with its
 * relations, or purges it for good after confirming; the server refuses a purge (409) while
 * anything still points at the record, and says what.
 */
export function TrashPage() {
  const definitions = useResourceDefinitions();
  const [resource, setResource] = useState(TRASH_RESOURCES[0]);
  const [purging, setPurging] = useState<RaRecord | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const { data, total, isPending, refetch } = useGetList(resource, { filter: { deleted: true }, sort: { field: 'deletedAt', order: 'DESC' }, pagination: { page: 1, perPage: 100 } });
  const label = (name: string) => String(definitions[name]?.options?.label ?? name);

  async function act(work: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await work();
      notify(done, { type: 'success' });
    } catch (error) {
      setProblem((error as { body?: { message?: string }; message?: string }).body?.message ?? (error as Error).message);
    }
    refetch();
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Trash" />
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 2 }}>
          <Typography variant="h6">Deleted records</Typography>
          <TextField select size="small" label="Resource" value={resource} onChange={(event) => setResource(event.target.value)} sx={{ minWidth: 220 }}>
            {TRASH_RESOURCES.map((name) => (
              <MenuItem key={name} value={name}>
                {label(name)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {problem && (
          <Alert severity="warning" sx={{ mb: 2 }} onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
        {!isPending && !data?.length && <Typography color="text.secondary">Nothing of this kind is in the trash.</Typography>}
        {!!data?.length && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label="Deleted records">
              <TableHead>
                <TableRow>
                  <TableCell>Record</TableCell>
                  <TableCell>Deleted</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((record) => (
                  <TableRow key={record.id}>
                    <TableCell>{nameOf(record)}</TableCell>
                    <TableCell>{record.deletedAt ? new Date(record.deletedAt).toLocaleString() : ''}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" onClick={() => act(() => dataProvider.restore(resource, record.id), `Restored ${nameOf(record)}.`)}>
                        Restore
                      </Button>
                      <Button size="small" color="error" onClick={() => setPurging(record)}>
                        Purge
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {total !== undefined && total > data.length && <Typography variant="caption">…and {total - data.length} more</Typography>}
          </Box>
        )}
        <Confirm
          isOpen={purging !== null}
          title={purging ? `Purge ${nameOf(purging)}?` : ''}
          content="It will be deleted for good and cannot be restored."
          confirm="Purge"
          onConfirm={() => {
            const record = purging!;
            setPurging(null);
            void act(() => dataProvider.purge(resource, record.id as Identifier), `Purged ${nameOf(record)}.`);
          }}
          onClose={() => setPurging(null)}
        />
      </CardContent>
    </Card>
  );
}

export default TrashPage;
