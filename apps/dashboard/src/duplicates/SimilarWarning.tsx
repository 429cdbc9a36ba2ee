import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../dataProvider';

/** The form's values, settled for a moment, so that typing a name asks the API once, not per key. */
function useSettled<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Inside an enterprise or contact form: the live records that the one being typed would
 * duplicate (same normalised name, alias, USCC; same phone, e-mail, or name at the same
 * organisation), each a link, before anything is saved.
 */
export function SimilarWarning({ resource }: { resource: 'enterprises' | 'contacts' }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const record = useRecordContext();
  const fields =
    resource === 'enterprises' ? ['name', 'uscc', 'aliases'] : ['name', 'phone', 'email', 'enterpriseId', 'chamberId'];
  const values = useWatch({ name: fields }) as unknown[];
  const query = useSettled(
    Object.fromEntries(
      fields
        .map(
          (field, index) =>
            [field, Array.isArray(values[index]) ? (values[index] as string[]).join(',') : values[index]] as const,
        )
        .filter(([, value]) => value !== undefined && value !== null && value !== ''),
    ) as Record<string, string | number>,
  );
  const enabled = Object.keys(query).some((field) => field !== 'enterpriseId' && field !== 'chamberId');
  const { data } = useQuery({
    queryKey: ['similar', resource, query, record?.id],
    queryFn: () =>
      dataProvider
        .similar(resource, { ...query, excludeId: record?.id as number | undefined })
        .then((answer) => answer.data),
    enabled,
  });
  if (!enabled || !data?.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} role="status">
      {translate('crm.duplicates.twin')}
      {data.map((twin, index) => (
        <span key={twin.id}>
          {index > 0 && '、'}
          <Link to={`/${resource}/${twin.id}/show`}>{twin.name}</Link>
          {translate('crm.duplicates.twinReason', { reason: translate(`crm.duplicates.reasons.${twin.reason}`) })}
        </span>
      ))}
    </Alert>
  );
}
