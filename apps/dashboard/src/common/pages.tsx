import { Card, CardContent, Theme, Typography, useMediaQuery } from '@mui/material';
import { ComponentType, ReactElement, ReactNode, useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  AutocompleteInput,
  Create,
  Edit,
  FilterLiveForm,
  List,
  ListProps,
  ReferenceInput,
  SaveButton,
  SearchInput,
  SimpleForm,
  TabbedShowLayoutTabs,
  TextInput,
  Toolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRecordFromLocation,
  useTranslate,
  ValidateForm,
} from 'react-admin';
import { CappedPagination } from './CappedPagination';
import { ListActions } from './ServerExportButton';
import { ConflictAwareForm } from './ConflictAwareForm';
import { FilterChips, useOwnCollege } from './FilterChips';
import { useBackRedirect } from './links';
import { Refusal } from './Refusal';

/**
 * A list with the search box on top (every screen size) and the filters that matter in a sidebar;
 * its export is the server's (GET /api/{resource}/export), which no spreadsheet formula survives.
 */
export function ResourceList({
  sidebar,
  scoped,
  filterDefaultValues,
  children,
  ...props
}: ListProps & { sidebar?: ReactNode; scoped?: boolean; children: ReactNode }) {
  const college = useOwnCollege();
  return (
    <List
      filters={[<SearchInput source="q" alwaysOn key="q" />]}
      aside={sidebar ? <FilterSidebar>{sidebar}</FilterSidebar> : undefined}
      perPage={25}
      pagination={<CappedPagination />}
      actions={<ListActions />}
      // filters live in the address (drill-downs, the back button) and never in storage: a list
      // opened from the menu starts from its defaults, never from a filter set on an earlier visit
      storeKey={false}
      // a college account's lists open on its own college (`scoped`), with the switch to the whole school
      filterDefaultValues={scoped && college ? { ...filterDefaultValues, unitId: college } : filterDefaultValues}
      {...props}
    >
      <FilterChips scoped={scoped} />
      {children}
    </List>
  );
}

export function FilterSidebar({ children }: { children: ReactNode }) {
  return (
    <Card
      sx={{
        order: -1,
        mr: 2,
        mt: 8,
        width: 210,
        flexShrink: 0,
        alignSelf: 'flex-start',
        display: { xs: 'none', md: 'block' },
      }}
    >
      <CardContent sx={{ '& .MuiListSubheader-root': { lineHeight: '32px' } }}>{children}</CardContent>
    </Card>
  );
}

/** A picker in the sidebar that narrows the list to one related record (e.g. one chamber's members). */
export function ReferenceFilter({ source, reference, label }: { source: string; reference: string; label: string }) {
  return (
    <FilterLiveForm>
      <ReferenceInput source={source} reference={reference}>
        <AutocompleteInput label={label} helperText={false} size="small" />
      </ReferenceInput>
    </FilterLiveForm>
  );
}

/** A free-text equality filter (city, industry): narrows as the user types. */
export function TextFilter({ source, label }: { source: string; label: string }) {
  return (
    <FilterLiveForm>
      <TextInput source={source} label={label} helperText={false} size="small" resettable />
    </FilterLiveForm>
  );
}

/** A heading in the filter sidebar; its text is a catalogue key. */
export function FilterHeading({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="overline" component="div" sx={{ mt: 1 }}>
      {translate(children)}
    </Typography>
  );
}

/** Puts the cursor in the first field of the form it is in, so typing starts without a click. */
function focusFirstField(inside: Element | null | undefined): void {
  const form = inside?.closest('form');
  const field = form?.querySelector<HTMLElement>(
    'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])',
  );
  field?.focus();
}

/**
 * Save, or save and start the next record at once (several units, staff or contacts in a row):
 * the form empties back to what the page opened with (e.g. the unit it was opened from) and the
 * cursor is in its first field again, as it is when the form opens.
 */
function CreateToolbar() {
  const { reset, formState } = useFormContext();
  const prefill = useRecordFromLocation();
  const notify = useNotify();
  const form = useRef<Element | null>(null);
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => focusFirstField(anchor.current), []);
  return (
    <Toolbar>
      <span ref={anchor} hidden />
      <SaveButton />
      <SaveButton
        type="button"
        label="crm.form.saveAndAddAnother"
        variant="text"
        onClick={(event) => (form.current = event.currentTarget)}
        mutationOptions={{
          onSuccess: () => {
            reset({ ...formState.defaultValues, ...prefill }, { keepDefaultValues: true });
            notify('crm.form.created', { type: 'info' });
            setTimeout(() => focusFirstField(form.current));
          },
        }}
        sx={{ ml: 1 }}
      />
    </Toolbar>
  );
}

/** Create: pessimistic, the server's field errors on the fields, and back to the page that opened it. */
export function ResourceCreate({ children, validate }: { children: ReactNode; validate?: ValidateForm }) {
  const redirect = useBackRedirect();
  return (
    <Create redirect={redirect}>
      <SimpleForm validate={validate} toolbar={<CreateToolbar />}>
        {children}
      </SimpleForm>
    </Create>
  );
}

/**
 * The form of a record the account may edit, asked of the permission table with the record's row
 * facts once it is read; otherwise the refusal. react-admin's own check of an edit page knows the
 * resource only, so another college's outcome would open in full and fail on save.
 */
function WhenMayEdit({ children }: { children: ReactElement }) {
  const record = useRecordContext();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', record, enabled: !!record });
  if (!record || isPending) return null;
  return canAccess ? children : <Refusal titled={false} />;
}

/** Edit: pessimistic (so a 400 lands on the fields and a 409 can be resolved) rather than undoable. */
export function ResourceEdit({
  children,
  validate,
  toolbar,
}: {
  children: ReactNode;
  validate?: ValidateForm;
  toolbar?: ReactElement;
}) {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <WhenMayEdit>
        <ConflictAwareForm validate={validate} toolbar={toolbar}>
          {children}
        </ConflictAwareForm>
      </WhenMayEdit>
    </Edit>
  );
}

/**
 * A resource's create and edit pages when each is its form's inputs and nothing more: one line of
 * its index.ts (`...formPages(ChamberInputs)`), not two files that only wrap the inputs.
 */
export function formPages(
  Inputs: ComponentType,
  options: { validate?: ValidateForm } = {},
): { create: ComponentType; edit: ComponentType } {
  const create = () => (
    <ResourceCreate validate={options.validate}>
      <Inputs />
    </ResourceCreate>
  );
  const edit = () => (
    <ResourceEdit validate={options.validate}>
      <Inputs />
    </ResourceEdit>
  );
  return { create, edit };
}

/**
 * A DataTable on screens wide enough for columns, a one-line-per-record list on a phone
 * (react-admin's responsive pattern), so no list needs sideways scrolling.
 */
export function ResponsiveList({ phone, children }: { phone: ReactNode; children: ReactNode }) {
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return <>{isPhone ? phone : children}</>;
}

/** Show-page tabs that scroll on a phone instead of widening the page. */
export const scrollableTabs = (
  <TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />
);
