import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  Identifier,
  RaRecord,
  Title,
  useDataProvider,
  useGetList,
  useNotify,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { TRASH_RESOURCES } from '@crm/domain';
import type { CrmDataProvider } from '../dataProvider';

const nameOf = (record: RaRecord) => String(record.name ?? record.title ?? record.code ?? `#${record.id}`);

/**
 * Deleted records of one resource (`filter={"deleted":true}`): the admin restores one with its
 * relations, or purges it for good after confirming; the server refuses a purge (409) while
 * anything still points at the record, and says what.
 */
export function TrashPage() {
  const definitions = useResourceDefinitions();
  const [resource, setResource] = useState<string>(TRASH_RESOURCES[0]);
  const [purging, setPurging] = useState<RaRecord | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const { data, total, isPending, refetch } = useGetList(resource, {
    filter: { deleted: true },
    sort: { field: 'deletedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const label = (name: string) =>
    definitions[name] ? translate(`resources.${name}.name`, { smart_count: 2, _: name }) : name;

  async function act(work: () => Promise<unknown>, done: { key: string; name: string }) {
    setProblem(null);
    try {
      await work();
      notify(done.key, { type: 'success', messageArgs: { name: done.name } });
    } catch (error) {
      setProblem(
        (error as { body?: { message?: string }; message?: string }).body?.message ?? (error as Error).message,
      );
    }
    refetch();
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="crm.trash.menu" />
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 2 }}>
          <Typography variant="h6">{translate('crm.trash.title')}</Typography>
          <TextField
            select
            size="small"
            label={translate('crm.trash.resource')}
            value={resource}
            onChange={(event) => setResource(event.target.value)}
            sx={{ minWidth: 220 }}
          >
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
        {!isPending && !data?.length && <Typography color="text.secondary">{translate('crm.trash.empty')}</Typography>}
        {!!data?.length && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('crm.trash.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('crm.trash.record')}</TableCell>
                  <TableCell>{translate('crm.trash.deletedAt')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((record) => (
                  <TableRow key={record.id}>
                    <TableCell>{nameOf(record)}</TableCell>
                    <TableCell>{record.deletedAt ? new Date(record.deletedAt).toLocaleString() : ''}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Button
                        size="small"
                        onClick={() =>
                          act(() => dataProvider.restore(resource, record.id), {
                            key: 'crm.trash.restored',
                            name: nameOf(record),
                          })
                        }
                      >
                        {translate('crm.trash.restore')}
                      </Button>
                      <Button size="small" color="error" onClick={() => setPurging(record)}>
                        {translate('crm.trash.purge')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {total !== undefined && total > data.length && (
              <Typography variant="caption">{translate('crm.trash.more', { count: total - data.length })}</Typography>
            )}
          </Box>
        )}
        <Confirm
          isOpen={purging !== null}
          title="crm.trash.confirmTitle"
          translateOptions={{ name: purging ? nameOf(purging) : '' }}
          content="crm.trash.confirmContent"
          confirm="crm.trash.purge"
          onConfirm={() => {
            const record = purging!;
            setPurging(null);
            void act(() => dataProvider.purge(resource, record.id as Identifier), {
              key: 'crm.trash.purged',
              name: nameOf(record),
            });
          }}
          onClose={() => setPurging(null)}
        />
      </CardContent>
    </Card>
  );
}

export default TrashPage;
