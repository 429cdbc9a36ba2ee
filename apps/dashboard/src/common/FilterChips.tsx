import { Box, Button, Chip, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetMany, useGetOne, useListContext, useTranslate } from 'react-admin';
import { REFERENCE_FIELDS, valueText } from './sentences';
import { useSpeech } from './useSpeech';
import { readSession } from '../session';

/** Relation filters of the lists (not fields of a record) that name a record. */
const FILTER_REFERENCES: Record<string, string> = {
  ...REFERENCE_FIELDS,
  engagedInChamberId: 'chambers',
  broughtByChamberId: 'chambers',
};
const OPERATOR = /^(.+?)_(gte|lte|gt|lt|neq)$/;

/** A college account's college: its lists and home open on it (null for every other account). */
export function useOwnCollege(): number | null {
  const user = readSession()?.user;
  return user?.role === 'college' && user.unitId ? user.unitId : null;
}

/** One filter as a chip, "引荐商会：上海市浙江商会", removed with one click. */
function FilterChip({
  resource,
  filterKey,
  value,
  onDelete,
}: {
  resource: string;
  filterKey: string;
  value: unknown;
  onDelete: () => void;
}) {
  const translate = useTranslate();
  const speech = useSpeech([]);
  const [, field, operator] = OPERATOR.exec(filterKey) ?? [filterKey, filterKey, 'eq'];
  const reference = FILTER_REFERENCES[field];
  const values = Array.isArray(value) ? value : [value];
  const { data: named } = useGetMany(
    reference ?? 'units',
    { ids: values as number[] },
    { enabled: !!reference && values.every((id) => typeof id === 'number' || typeof id === 'string') },
  );
  const label = translate(`resources.${resource}.fields.${field}`, {
    _: translate(`crm.filters.fields.${field}`, { _: field }),
  });
  const nameOf = (id: unknown) => {
    const record = named?.find((each) => String(each.id) === String(id));
    return String(record?.name ?? record?.title ?? '…');
  };
  const shown = values
    .map((each) => (reference ? nameOf(each) : valueText(resource, field, each, speech)))
    .join(translate('crm.audit.listSeparator'));
  return (
    <Chip
      size="small"
      label={translate(`crm.filters.${operator}`, { field: label, value: shown })}
      onDelete={onDelete}
      data-testid={`filter-chip-${filterKey}`}
    />
  );
}

/** "本学院（机电学院）| 全校": a college account's switch between its own college and the whole school, its state on screen. */
export function ScopeToggle({
  unitId,
  own,
  onChange,
}: {
  unitId: number;
  own: boolean;
  onChange: (own: boolean) => void;
}) {
  const translate = useTranslate();
  const { data: unit } = useGetOne('units', { id: unitId });
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      sx={{ '& .MuiToggleButton-root': { textTransform: 'none' } }}
      value={own ? 'own' : 'school'}
      onChange={(_, scope) => scope && onChange(scope === 'own')}
      aria-label={translate('crm.filters.scope')}
    >
      <ToggleButton value="own" data-testid="scope-own">
        {translate('crm.filters.ownCollege', { name: unit?.name ?? '…' })}
      </ToggleButton>
      <ToggleButton value="school" data-testid="scope-school">
        {translate('crm.filters.wholeSchool')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

/** The switch on a list: its `unitId` filter. */
function ScopeSwitch({ unitId }: { unitId: number }) {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const choose = (own: boolean) => {
    const { unitId: _unit, ...rest } = filterValues;
    setFilters(own ? { ...rest, unitId } : rest, displayedFilters);
  };
  return <ScopeToggle unitId={unitId} own={String(filterValues.unitId) === String(unitId)} onChange={choose} />;
}

/**
 * What narrows the list, on screen: each filter a chip (its field and value by name, removed with
 * one click), a button that clears them all, and for a college account the switch between its
 * college and the whole school. The search box shows its own text, so `q` has no chip.
 */
export function FilterChips({ scoped }: { scoped?: boolean }) {
  const translate = useTranslate();
  const { resource, filterValues, setFilters, displayedFilters } = useListContext();
  const college = useOwnCollege();
  const scope = scoped && college ? college : null;
  const shown = Object.entries(filterValues ?? {}).filter(
    ([key, value]) =>
      key !== 'q' &&
      value !== undefined &&
      value !== '' &&
      !(scope && key === 'unitId' && String(value) === String(scope)),
  );
  if (!shown.length && !scope) return null;
  const without = (key: string) => Object.fromEntries(Object.entries(filterValues).filter(([other]) => other !== key));
  return (
    <Box
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: 2, py: 1 }}
      data-testid="filter-chips"
    >
      {scope && <ScopeSwitch unitId={scope} />}
      {shown.map(([key, value]) => (
        <FilterChip
          key={key}
          resource={resource}
          filterKey={key}
          value={value}
          onDelete={() => setFilters(without(key), displayedFilters)}
        />
      ))}
      {shown.length > 0 && (
        <Button
          size="small"
          onClick={() =>
            setFilters(scope && String(filterValues.unitId) === String(scope) ? { unitId: scope } : {}, {})
          }
          data-testid="filter-clear"
        >
          {translate('crm.filters.clear')}
        </Button>
      )}
    </Box>
  );
}
