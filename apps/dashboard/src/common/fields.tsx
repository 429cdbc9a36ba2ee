import { Chip, ChipProps } from '@mui/material';
import { lazy, Suspense } from 'react';
import { FieldProps, useRecordContext, useTranslate } from 'react-admin';
import type { Choice, HealthSignal } from '@crm/domain';

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
export function ChoiceChip({ source, choices, colors }: FieldProps & { source: string; choices: Choice[]; colors?: Record<string, ChipProps['color']> }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (!value) return null;
  const name = choices.find((choice) => choice.id === value)?.name;
  return <Chip size="small" label={name ? translate(name) : value} color={colors?.[value] ?? 'default'} />;
}

const HEALTH_COLORS: Record<HealthSignal['level'], ChipProps['color']> = { good: 'success', watch: 'warning', at_risk: 'error', none: 'default' };
export function HealthField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const health = record?.health as HealthSignal | undefined;
  if (!health) return null;
  return <Chip size="small" variant="outlined" color={HEALTH_COLORS[health.level]} label={`${translate(`crm.health.${health.level}`)} · ${health.score}`} title={health.reasons.join('; ')} />;
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
