import { TextField } from '@mui/material';
import { useState } from 'react';
import { FieldTitle, InputHelperText, InputProps, useInput, useResourceContext, Validator } from 'react-admin';
import {
  formatDate,
  formatDateTime,
  isDateOnly,
  isIsoDateTime,
  type Locale,
  parseDateInput,
  parseDateTimeInput,
} from '@crm/domain';
import { useFormat } from '../i18n';

type DateInputProps = Omit<InputProps, 'validate'> & {
  validate?: Validator | Validator[];
  size?: 'small' | 'medium';
  sx?: object;
  fullWidth?: boolean;
};

const EXAMPLE_DAY = '2024-03-21';
const EXAMPLE_TIME = '2024-03-21T06:00:00.000Z';

/** A stored day (or instant) as the interface's language writes it; anything else as it was typed. */
function shownDate(stored: string, withTime: boolean, locale: Locale): string {
  if (withTime) return isIsoDateTime(stored) ? formatDateTime(stored, locale) : stored;
  return isDateOnly(stored) ? formatDate(stored, locale) : stored;
}

/**
 * A day or a time typed as the interface's language writes it (2024年3月21日 14:00 / 21 Mar 2024,
 * 14:00; also 2024-03-21 14:00), shown the same way, stored as the API wants it (YYYY-MM-DD, or an
 * ISO instant read in China time). What is being typed stays as typed until the field is left.
 */
function LocaleDateInput({
  withTime,
  source,
  label,
  helperText,
  validate,
  size,
  sx,
  fullWidth,
  parse: parseOverride,
  format: formatOverride,
  ...props
}: DateInputProps & { withTime: boolean }) {
  const { locale } = useFormat();
  const resource = useResourceContext(props);
  const example = withTime ? formatDateTime(EXAMPLE_TIME, locale) : formatDate(EXAMPLE_DAY, locale);
  const readable: Validator = (value) => {
    if (value === null || value === undefined || value === '') return undefined;
    const ok = withTime ? isIsoDateTime(value) : isDateOnly(value);
    return ok
      ? undefined
      : { message: withTime ? 'crm.validation.dateTime' : 'crm.validation.date', args: { example } };
  };
  const { field, fieldState, isRequired, id } = useInput({
    source,
    validate: [readable, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    format: formatOverride,
    parse: parseOverride,
    ...props,
  });
  const [typing, setTyping] = useState<string | null>(null);
  const stored: string = field.value ?? '';
  const shown = typing ?? shownDate(stored, withTime, locale);
  const read = (text: string) =>
    text.trim() === '' ? null : ((withTime ? parseDateTimeInput(text) : parseDateInput(text)) ?? text);
  const error = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      value={shown}
      inputRef={field.ref}
      onChange={(event) => {
        setTyping(event.target.value);
        field.onChange(read(event.target.value));
      }}
      onBlur={() => {
        setTyping(null);
        field.onBlur();
      }}
      label={
        label === false ? undefined : (
          <FieldTitle label={label as string} source={source} resource={resource} isRequired={isRequired} />
        )
      }
      placeholder={example}
      error={!!(fieldState.invalid && (fieldState.isTouched || fieldState.error))}
      helperText={<InputHelperText error={error} helperText={helperText} />}
      size={size ?? 'small'}
      variant="filled"
      margin="dense"
      fullWidth={fullWidth}
      sx={sx}
      // the label always sits above: the value (or the example placeholder) never runs under it
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}

/** A calendar day: 2024年3月21日 / 21 Mar 2024, stored as YYYY-MM-DD. */
export function DayInput(props: DateInputProps) {
  return <LocaleDateInput withTime={false} {...props} />;
}

/** A day and time in China time: 2024年3月21日 14:00, stored as an ISO instant. */
export function MomentInput(props: DateInputProps) {
  return <LocaleDateInput withTime {...props} />;
}

/**
 * A day outside a form (a dialog's own state), typed and shown as the interface's language writes
 * it, like DayInput: `onChange` gets YYYY-MM-DD, or '' while the text is not a day.
 */
export function DayField({
  label,
  value,
  onChange,
  required,
  testId,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  required?: boolean;
  testId?: string;
}) {
  const { locale } = useFormat();
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <TextField
      label={label}
      value={typing ?? shownDate(value, false, locale)}
      onChange={(event) => {
        setTyping(event.target.value);
        onChange(parseDateInput(event.target.value) ?? '');
      }}
      onBlur={() => setTyping(null)}
      placeholder={formatDate(EXAMPLE_DAY, locale)}
      required={required}
      size="small"
      slotProps={{ inputLabel: { shrink: true }, htmlInput: testId ? { 'data-testid': testId } : undefined }}
    />
  );
}
