import { addDays, chinaDay, academicYearOf, Meeting } from '@crm/domain';
import {
  DataTable,
  FilterList,
  FilterListItem,
  FilterLiveForm,
  ReferenceField,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { DayInput } from '../common/DateInputs';
import { ChoiceChip, TimeField } from '../common/fields';
import { FilterHeading, ReferenceFilter, ResourceList, ResponsiveList } from '../common/pages';
import { useFormat, useVocabularyLabel, vocabularyChoices } from '../i18n';

/** The "to" day is inclusive for the user; the API gets the start of the next day as an exclusive bound. */
const nextDay = (value: string | null) => (value ? addDays(value, 1) : value);
const previousDay = (value: string | null) => (value ? addDays(value, -1) : '');

function MeetingFilters() {
  const translate = useTranslate();
  const thisYear = academicYearOf(chinaDay(new Date()));
  const start = Number(thisYear.slice(0, 4));
  const lastYear = `${start - 1}-${start}`;
  return (
    <>
      <FilterList label="crm.meetings.academicYear" icon={null}>
        <FilterListItem
          label={translate('crm.meetings.thisYear', { year: thisYear })}
          value={{ academicYear: thisYear }}
        />
        <FilterListItem label={lastYear} value={{ academicYear: lastYear }} />
      </FilterList>
      <FilterList label="crm.meetings.kind" icon={null}>
        {vocabularyChoices('meetingKinds').map((kind) => (
          <FilterListItem key={kind.id} label={kind.name} value={{ kind: kind.id }} />
        ))}
      </FilterList>
      <FilterHeading>crm.meetings.dates</FilterHeading>
      <FilterLiveForm>
        <DayInput source="startsAt_gte" label="crm.meetings.from" helperText={false} size="small" />
        <DayInput
          source="startsAt_lt"
          label="crm.meetings.to"
          helperText={false}
          size="small"
          parse={nextDay}
          format={previousDay}
        />
      </FilterLiveForm>
      <FilterHeading>crm.meetings.whoWasThere</FilterHeading>
      <ReferenceFilter source="chamberIds" reference="chambers" label="crm.meetings.chamber" />
      <ReferenceFilter source="enterpriseIds" reference="enterprises" label="crm.meetings.enterprise" />
    </>
  );
}

const organisations = (meeting: Meeting) => meeting.enterpriseIds.length + meeting.chamberIds.length;
const attendees = (meeting: Meeting) => meeting.staffIds.length + meeting.contactIds.length;

export function MeetingList() {
  const translate = useTranslate();
  const format = useFormat();
  const label = useVocabularyLabel();
  return (
    <ResourceList scoped sidebar={<MeetingFilters />} sort={{ field: 'startsAt', order: 'DESC' }}>
      <ResponsiveList
        phone={
          <SimpleList<Meeting>
            primaryText={(meeting) => meeting.title}
            secondaryText={(meeting) => `${format.dateTime(meeting.startsAt)} · ${label('meetingKinds', meeting.kind)}`}
            tertiaryText={(meeting) => translate('crm.meetings.organisationCount', { count: organisations(meeting) })}
            linkType="show"
          />
        }
      >
        <DataTable rowClick="show">
          <DataTable.Col source="startsAt" label="crm.meetings.when">
            <TimeField source="startsAt" />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="kind">
            <ChoiceChip source="kind" choices={vocabularyChoices('meetingKinds')} />
          </DataTable.Col>
          <DataTable.Col source="location" />
          <DataTable.Col label="crm.meetings.organisations" render={organisations} disableSort />
          <DataTable.Col label="crm.meetings.people" render={attendees} disableSort />
          <DataTable.Col source="chairId" label="crm.meetings.chair">
            <ReferenceField source="chairId" reference="staff" link={false} />
          </DataTable.Col>
        </DataTable>
      </ResponsiveList>
    </ResourceList>
  );
}
