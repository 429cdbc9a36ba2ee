import type { TablePaginationProps } from '@mui/material';
import { Pagination, PaginationProps, useListContext, useTranslate } from 'react-admin';
import { useFormat } from '../i18n/format';

/**
 * react-admin's pagination, saying "1-25 of 10,000+" when the API counted a search only up to its cap
 * (dataProvider's `meta.totalCapped`): the total is then a floor, not the number of matches.
 */
export function CappedPagination() {
  const { meta } = useListContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!(meta as { totalCapped?: boolean } | undefined)?.totalCapped) return <Pagination />;
  const labelDisplayedRows: TablePaginationProps['labelDisplayedRows'] = ({ from, to, count }) =>
    translate('crm.list.cappedRange', { offsetBegin: from, offsetEnd: to, total: format.number(count) });
  // react-admin passes its other props on to MUI's TablePagination, after its own label: its type only omits it
  return <Pagination {...({ labelDisplayedRows } as PaginationProps)} />;
}
