import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { DataTable, Pagination, ReferenceManyField, SortPayload, useRecordContext, useTranslate } from 'react-admin';
import { createLink } from './links';

/**
 * The records of another resource that point at this one (an enterprise's contacts, a chamber's
 * members), with a button to add one prefilled and come back here afterwards. `addLabel` and
 * `empty` are catalogue keys.
 */
export function Related({
  reference,
  target,
  children,
  addLabel,
  prefill,
  sort,
  filter,
  empty,
}: {
  reference: string;
  target: string;
  children: ReactNode;
  addLabel?: string;
  prefill?: (record: { id: unknown }) => Record<string, unknown>;
  sort?: SortPayload;
  filter?: Record<string, unknown>;
  empty?: string;
}) {
  const record = useRecordContext();
  const location = useLocation();
  const translate = useTranslate();
  if (!record) return null;
  return (
    // a phone scrolls the table sideways inside its card rather than the whole page
    <Box sx={{ overflowX: 'auto', maxWidth: 'calc(100vw - 32px)' }}>
      {addLabel && prefill && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <Button
            component={Link}
            to={createLink(reference, prefill(record), location.pathname)}
            startIcon={<AddIcon />}
            size="small"
          >
            {translate(addLabel)}
          </Button>
        </Box>
      )}
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={sort}
        filter={filter}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25]} />}
        empty={<Typography color="text.secondary">{translate(empty ?? 'crm.related.none')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick="show" sx={{ minWidth: 420 }}>
          {children}
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
