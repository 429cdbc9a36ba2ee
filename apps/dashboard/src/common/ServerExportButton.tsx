import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useListContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { EXPORTED_RESOURCES } from '@crm/domain';
import { downloadHref } from '../dataProvider';

const EXPORTED = new Set<string>(EXPORTED_RESOURCES);

/**
 * Downloads the list as the person filtered and sorted it, written by the server: every record
 * (not the page), the columns headed in the interface's language, names and labels instead of ids.
 */
export function ServerExportButton() {
  const translate = useTranslate();
  const { resource, filterValues, sort, total } = useListContext();
  if (!EXPORTED.has(resource)) return null;
  const query = `filter=${encodeURIComponent(JSON.stringify(filterValues ?? {}))}&sort=${encodeURIComponent(JSON.stringify([sort.field, sort.order]))}`;
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          startIcon={<DownloadIcon />}
          href={downloadHref(`/${resource}/export?format=${format}&${query}`)}
          download
          disabled={total === 0}
        >
          {translate(`crm.exports.${format}`)}
        </Button>
      ))}
    </>
  );
}

/** react-admin's list actions with the server's export in place of the in-browser one. */
export function ListActions() {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ServerExportButton />
    </TopToolbar>
  );
}
