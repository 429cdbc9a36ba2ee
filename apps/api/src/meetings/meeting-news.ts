import { labelOf, MeetingKind, OutcomeKind } from '@crm/domain';

export const NEWS_LOCALES = ['zh-CN', 'en'] as const;
export type NewsLocale = (typeof NEWS_LOCALES)[number];

/** Someone at the meeting: a name, a title, and the organisation they came from or belong to. */
export interface NewsPerson {
  name: string;
  title: string | null;
  organisation: string | null;
}

/** What a news draft is written from: the meeting's record, gathered by MeetingNewsService. */
export interface NewsFacts {
  kind: MeetingKind;
  startsAt: Date;
  location: string | null;
  chambers: string[];
  enterprises: string[];
  /** External attendees (contacts), chamber people first. */
  guests: NewsPerson[];
  /** School attendees. */
  hosts: NewsPerson[];
  chair: NewsPerson | null;
  topics: string[];
  outcomes: { title: string; kind: OutcomeKind; enterprise: string }[];
  followUps: string[];
}

export interface NewsDraft {
  title: string;
  body: string;
}

/** Guests named in a news item; the rest are "and others". */
const NAMED_GUESTS = 4;
/** Outcomes named in a news item; the rest are counted. */
const NAMED_OUTCOMES = 6;

/** The day and part of day in China Standard Time, where the school is: 2024年3月21日下午 / the afternoon of 21 March 2024. */
function when(instant: Date, locale: NewsLocale): string {
  const china = new Date(instant.getTime() + 8 * 3600_000);
  const [year, month, day, hour] = [
    china.getUTCFullYear(),
    china.getUTCMonth() + 1,
    china.getUTCDate(),
    china.getUTCHours(),
  ];
  if (locale === 'zh-CN') return `${year}年${month}月${day}日${hour < 12 ? '上午' : '下午'}`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `the ${hour < 12 ? 'morning' : 'afternoon'} of ${day} ${months[month - 1]} ${year}`;
}

const zhPerson = (person: NewsPerson) => `${person.organisation ?? ''}${person.title ?? ''}${person.name}`;
const enPerson = (person: NewsPerson) =>
  [
    person.name,
    person.title && person.organisation
      ? `${person.title} of ${person.organisation}`
      : (person.title ?? person.organisation),
  ]
    .filter(Boolean)
    .join(', ');
const enList = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** An outcome's kind as a news item names it: the vocabulary's label (lower case inside an English sentence). */
const kindOf = (kind: OutcomeKind, locale: NewsLocale) =>
  locale === 'zh-CN' ? labelOf('outcomeKinds', kind, locale) : labelOf('outcomeKinds', kind, locale).toLowerCase();

/**
 * The news item the school publishes after a meeting (like the seed article), written from the
 * record by a template: when, who came (the chamber, how many enterprises, the leaders with their
 * titles), who received them, what was discussed and what was agreed. A draft to edit, not a final text.
 */
export function newsDraft(facts: NewsFacts, locale: NewsLocale): NewsDraft {
  return locale === 'zh-CN' ? chinese(facts) : english(facts);
}

function chinese(facts: NewsFacts): NewsDraft {
  const count = facts.enterprises.length;
  const visitor = facts.chambers.length ? facts.chambers.join('、') : count === 1 ? facts.enterprises[0] : '';
  const companies = count > 0 ? `${count}家企业` : '';
  const outward = facts.kind === 'visit_made';
  const title = outward
    ? `学校赴${facts.enterprises.slice(0, 3).join('、') || visitor}访企拓岗`
    : `${visitor}${facts.chambers.length && count ? companies : ''}来校${facts.kind === 'signing' ? '签约' : facts.kind === 'visit_received' ? '参观交流' : '座谈交流'}`;
  const guests = facts.guests.slice(0, NAMED_GUESTS).map(zhPerson);
  const paragraphs: string[] = [];
  if (outward) {
    paragraphs.push(
      `${when(facts.startsAt, 'zh-CN')}，${facts.hosts.map(zhPerson).join('、') || '学校代表'}赴${facts.enterprises.join('、') || visitor}走访调研，开展访企拓岗。${guests.length ? `${guests.join('、')}接待了来访人员。` : ''}`,
    );
  } else {
    const guestFromChamber = facts.guests
      .slice(0, NAMED_GUESTS)
      .some((guest) => guest.organisation && facts.chambers.includes(guest.organisation));
    const organiser = facts.chambers.length && !guestFromChamber ? `${facts.chambers.join('、')}组织` : '';
    const named = guests.length ? `${guests.join('、')}${count > guests.length ? '等' : ''}` : '';
    const party = count > 1 ? `${named}${companies}代表` : named || visitor;
    const event =
      facts.kind === 'signing' ? '出席签约仪式' : facts.kind === 'visit_received' ? '参观交流' : '召开座谈交流会';
    paragraphs.push(
      `${when(facts.startsAt, 'zh-CN')}，${organiser}${party}来校${event}${facts.location ? `（${facts.location}）` : ''}。` +
        (facts.hosts.length ? `学校${facts.hosts.map(zhPerson).join('、')}出席会议。` : '') +
        (facts.chair ? `会议由${zhPerson({ ...facts.chair, organisation: null })}主持。` : ''),
    );
  }
  if (facts.topics.length) paragraphs.push(`会上，双方围绕${facts.topics.join('；')}等议题进行了深入交流。`);
  if (facts.outcomes.length) {
    const named = facts.outcomes
      .slice(0, NAMED_OUTCOMES)
      .map((outcome) => `与${outcome.enterprise}的${kindOf(outcome.kind, 'zh-CN')}（${outcome.title}）`);
    const more = facts.outcomes.length > NAMED_OUTCOMES ? `等${facts.outcomes.length}项` : '';
    paragraphs.push(`经商议，双方达成${named.join('、')}${more}合作意向。`);
  }
  if (facts.followUps.length) paragraphs.push(`会后，学校将${facts.followUps.join('；')}。`);
  return { title, body: paragraphs.join('\n\n') };
}

function english(facts: NewsFacts): NewsDraft {
  const count = facts.enterprises.length;
  const companies = `${count} ${count === 1 ? 'enterprise' : 'enterprises'}`;
  const visitor = facts.chambers.length ? enList(facts.chambers) : count === 1 ? facts.enterprises[0] : companies;
  const outward = facts.kind === 'visit_made';
  const title = outward
    ? `The school visits ${enList(facts.enterprises.slice(0, 3)) || visitor} to open up positions`
    : `${visitor}${facts.chambers.length && count ? ` and ${companies}` : ''} ${facts.kind === 'signing' ? 'sign cooperation agreements at' : 'visit'} the school`;
  const guests = facts.guests.slice(0, NAMED_GUESTS).map(enPerson);
  const paragraphs: string[] = [];
  const date = when(facts.startsAt, 'en');
  if (outward) {
    paragraphs.push(
      `On ${date}, ${enList(facts.hosts.map(enPerson)) || 'representatives of the school'} visited ${enList(facts.enterprises) || visitor}.${guests.length ? ` They were received by ${enList(guests)}.` : ''}`,
    );
  } else {
    const who =
      count > 1
        ? `representatives of ${companies}${guests.length ? `, including ${enList(guests)},` : ''}`
        : enList(guests) || visitor;
    const event =
      facts.kind === 'signing'
        ? 'attended a signing ceremony'
        : facts.kind === 'visit_received'
          ? 'visited the school'
          : 'held a symposium at the school';
    paragraphs.push(
      `On ${date}, ${who}${facts.chambers.length && count > 1 ? ` from ${enList(facts.chambers)}` : ''} ${event}${facts.location ? ` (${facts.location})` : ''}.` +
        (facts.hosts.length
          ? ` ${enList(facts.hosts.map(enPerson))} attended${facts.chair ? `; the meeting was chaired by ${enPerson({ ...facts.chair, organisation: null })}` : ''}.`
          : facts.chair
            ? ` The meeting was chaired by ${enPerson({ ...facts.chair, organisation: null })}.`
            : ''),
    );
  }
  if (facts.topics.length)
    paragraphs.push(
      `The discussion covered ${enList(facts.topics.map((topic) => topic.charAt(0).toLowerCase() + topic.slice(1)))}.`,
    );
  if (facts.outcomes.length) {
    const named = facts.outcomes
      .slice(0, NAMED_OUTCOMES)
      .map((outcome) => `${kindOf(outcome.kind, 'en')} with ${outcome.enterprise} (${outcome.title})`);
    const more = facts.outcomes.length - named.length;
    paragraphs.push(`Both sides agreed on ${enList(more > 0 ? [...named, `${more} more`] : named)}.`);
  }
  if (facts.followUps.length) paragraphs.push(`Next steps: ${facts.followUps.join('; ')}.`);
  return { title, body: paragraphs.join('\n\n') };
}
