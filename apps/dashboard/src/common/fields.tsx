import { Chip, ChipProps } from '@mui/material';
import { lazy, Suspense } from 'react';
import { FieldProps, useRecordContext, useTranslate } from 'react-admin';
import type { Choice, HealthReason, HealthSignal } from '@crm/domain';
import { useFormat } from '../i18n';

const Markdown = lazy(() => import('./Markdown'));

export function MarkdownField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const text = record?.[source];
  if (!text) return null;
  return (
    <Suspense fallback={<pre style={{ whiteSpace: 'pre-wrap' }}>{text}</pre>}>
      <Markdown text={text} />
    </Suspense>
  );
}

/** A vocabulary value as a chip with its label (choices named by catalogue key, as vocabularyChoices gives them). */
export function ChoiceChip({
  source,
  choices,
  colors,
}: FieldProps & { source: string; choices: Choice[]; colors?: Record<string, ChipProps['color']> }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (!value) return null;
  const name = choices.find((choice) => choice.id === value)?.name;
  return <Chip size="small" label={name ? translate(name) : value} color={colors?.[value] ?? 'default'} />;
}

const HEALTH_COLORS: Record<HealthSignal['level'], ChipProps['color']> = {
  good: 'success',
  watch: 'warning',
  at_risk: 'error',
  none: 'default',
};
/** The reasons of a health signal in the interface's language. */
export function useHealthReasons() {
  const translate = useTranslate();
  return (reasons: HealthReason[]) =>
    reasons.map(({ code, ...figures }) => translate(`crm.health.reasons.${code}`, figures));
}

export function HealthField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const reasonsOf = useHealthReasons();
  const health = record?.health as HealthSignal | undefined;
  if (!health) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={HEALTH_COLORS[health.level]}
      label={`${translate(`crm.health.${health.level}`)} · ${health.score}`}
      title={reasonsOf(health.reasons).join('；')}
    />
  );
}

export const STAGE_COLORS: Record<string, ChipProps['color']> = {
  prospect: 'default',
  engaged: 'info',
  negotiating: 'warning',
  partner: 'success',
  lapsed: 'error',
  idea: 'default',
  signed: 'primary',
  active: 'success',
  completed: 'secondary',
  terminated: 'error',
};

/** A calendar day (YYYY-MM-DD) as the interface's language writes it: 2024年3月21日 / 21 Mar 2024. */
export function DayField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const format = useFormat();
  const value = record?.[source];
  return value ? <span>{format.date(value)}</span> : null;
}

/** An instant in China time: 2024年3月21日 14:00 / 21 Mar 2024, 14:00. */
export function TimeField({ source, emptyText }: FieldProps & { source: string }) {
  const record = useRecordContext();
  const format = useFormat();
  const translate = useTranslate();
  const value = record?.[source];
  if (!value) return emptyText ? <span>{translate(emptyText)}</span> : null;
  return <span>{format.dateTime(value)}</span>;
}

/** An amount in yuan: ¥1,200,000; with `wan`, as Chinese reports count it: 120万元 (English keeps ¥1,200,000). */
export function MoneyField({ source, wan }: FieldProps & { source: string; wan?: boolean }) {
  const record = useRecordContext();
  const format = useFormat();
  const value = record?.[source];
  if (value === null || value === undefined) return null;
  return <span>{wan ? format.wan(value) : format.money(value)}</span>;
}
