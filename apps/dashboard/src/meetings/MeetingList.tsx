import { addDays, chinaDay, academicYearOf, Meeting, MEETING_KIND_LABELS } from '@crm/domain';
import { DataTable, DateField, DateInput, FilterList, FilterListItem, FilterLiveForm, ReferenceField, SimpleList } from 'react-admin';
import { ChoiceChip } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { vocabularyChoices } from '../i18n';

/** The "to" day is inclusive for the user; the API gets the start of the next day as an exclusive bound. */
const nextDay = (value: string | null) => (value ? addDays(value, 1) : value);
const previousDay = (value: string | null) => (value ? addDays(value, -1) : '');

function MeetingFilters() {
  const thisYear = academicYearOf(chinaDay(new Date()));
  const start = Number(thisYear.slice(0, 4));
  const lastYear = `${start - 1}-${start}`;
  return (
    <>
      <FilterList label="Academic year" icon={null}>
        <FilterListItem label={`This year (${thisYear})`} value={{ academicYear: thisYear }} />
        <FilterListItem label={lastYear} value={{ academicYear: lastYear }} />
      </FilterList>
      <FilterList label="Kind" icon={null}>
        {vocabularyChoices('meetingKinds').map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <FilterHeading>Dates</FilterHeading>
      <FilterLiveForm>
        <DateInput source="startsAt_gte" label="From" helperText={false} size="small" />
        <DateInput source="startsAt_lt" label="To" helperText={false} size="small" parse={nextDay} format={previousDay} />
      </FilterLiveForm>
      <FilterHeading>Who was there</FilterHeading>
      <ReferenceFilter source="chamberIds" reference="chambers" label="Chamber" />
      <ReferenceFilter source="enterpriseIds" reference="enterprises" label="Enterprise" />
    </>
  );
}

const organisations = (meeting: Meeting) => meeting.enterpriseIds.length + meeting.chamberIds.length;
const attendees = (meeting: Meeting) => meeting.staffIds.length + meeting.contactIds.length;

export function MeetingList() {
  return (
    <ResourceList sidebar={<MeetingFilters />} sort={{ field: 'startsAt', order: 'DESC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Meeting>
            primaryText={(meeting) => meeting.title}
            secondaryText={(meeting) => `${new Date(meeting.startsAt).toLocaleDateString()} · ${MEETING_KIND_LABELS[meeting.kind]}`}
            tertiaryText={(meeting) => `${meeting.enterpriseIds.length} org.`}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="startsAt" label="When">
            <DateField source="startsAt" showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="kind">
            <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
          </DataTable.Col>
          <DataTable.Col source="location" />
          <DataTable.Col label="Organisations" render={organisations} disableSort />
          <DataTable.Col label="People" render={attendees} disableSort />
          <DataTable.Col source="chairId" label="Chair">
            <ReferenceField source="chairId" reference="staff" link={false} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
