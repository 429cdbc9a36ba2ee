import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  academicYearOf,
  addDays,
  chinaDay,
  CONTACT_PERMISSIONS,
  ENTERPRISE_SIZES,
  MeetingKind,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  OUTCOME_STAGES,
  OutcomeKind,
  OutcomeStage,
  OWNERSHIPS,
  TERMS,
  TIERS,
  usccCheckCharacter,
} from '@crm/domain';
import { AuditEvent } from '../common/audit-event.entity';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { RecordChanges } from '../common/record-changes';
import { TrackedEntity } from '../common/tracked.entity';
import { Chamber } from '../chambers/chamber.entity';
import { ChambersService } from '../chambers/chambers.service';
import { Contact } from '../contacts/contact.entity';
import { ContactsService } from '../contacts/contacts.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { Intake } from '../intakes/intake.entity';
import { IntakesService } from '../intakes/intakes.service';
import { Major } from '../majors/major.entity';
import { MajorsService } from '../majors/majors.service';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingStaff } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { Membership } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { Outcome, POSITION_GAP } from '../outcomes/outcome.entity';
import { OutcomesService } from '../outcomes/outcomes.service';
import { Staff } from '../staff/staff.entity';
import { StaffService } from '../staff/staff.service';
import { EnterpriseStanding } from '../standing/enterprise-standing.service';
import { Task } from '../tasks/task.entity';
import { TasksService } from '../tasks/tasks.service';
import { Unit } from '../units/unit.entity';
import { UnitsService } from '../units/units.service';
import { insertReturningIds } from '../database/inserted-ids';
import { WriteQueue } from '../database/write-queue';
import { Random } from './random';
import {
  SEED_CHAMBER,
  SEED_CHAMBER_CONTACTS,
  SEED_NAMED_ENTERPRISES,
  SEED_STAFF,
  SEED_SYMPOSIUM,
  SEED_VISIT,
} from './seed-event';
import {
  BRAND_SYLLABLES,
  CITIES,
  COLLEGES,
  CONTACT_TITLES,
  EMPLOYMENT_OFFICE,
  GIVEN_NAMES,
  INDUSTRIES,
  MEETING_SUBJECTS,
  MEETING_TOPICS,
  OFFICES,
  STAFF_TITLES,
  SUFFIXES,
  SURNAMES,
  TASK_TITLES,
} from './vocabulary';

export interface Scale {
  chambers: number;
  enterprises: number;
  contacts: number;
  teachers: number;
  meetings: number;
  /** Average organisations present at a meeting (symposiums bring many more than visits). */
  enterprisesPerMeeting: number;
  outcomes: number;
  tasks: number;
}

export const SCALES = {
  /** The demo of `CRM_DEMO_DATA=1`: the seed event and two academic years of one university. */
  demo: {
    chambers: 3,
    enterprises: 200,
    contacts: 400,
    teachers: 30,
    meetings: 120,
    enterprisesPerMeeting: 3,
    outcomes: 150,
    tasks: 240,
  },
  /** For quick benchmark runs and growth comparisons. */
  medium: {
    chambers: 30,
    enterprises: 10_000,
    contacts: 30_000,
    teachers: 200,
    meetings: 5_000,
    enterprisesPerMeeting: 8,
    outcomes: 10_000,
    tasks: 20_000,
  },
  /** Years of a large platform: about 1,000,000 attendance links over 50,000 meetings. */
  large: {
    chambers: 200,
    enterprises: 100_000,
    contacts: 300_000,
    teachers: 1_000,
    meetings: 50_000,
    enterprisesPerMeeting: 15,
    outcomes: 100_000,
    tasks: 200_000,
  },
} satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;

export interface GenerateOptions {
  seed?: number;
  /** The last day of the generated history (YYYY-MM-DD); the history covers the two academic years before it. */
  today?: string;
  /** Write a 'create' audit event per record, as the API would have. */
  audit?: boolean;
  /** Include the event of the seed article (the demo does). */
  seedEvent?: boolean;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  milliseconds: number;
}

const CHUNK = 400;
const OUTCOME_KIND_WEIGHTS: [OutcomeKind, number][] = OUTCOME_KINDS.map((kind) => [
  kind,
  kind === 'internship_base' ? 6 : kind === 'employment_positions' ? 4 : kind === 'framework_agreement' ? 3 : 1,
]);
const OUTCOME_STAGE_WEIGHTS: [OutcomeStage, number][] = [
  ['idea', 3],
  ['negotiating', 3],
  ['signed', 2],
  ['active', 4],
  ['completed', 2],
  ['lapsed', 1],
  ['terminated', 1],
];
const MEETING_KIND_WEIGHTS: [MeetingKind, number][] = [
  ['symposium', 1],
  ['visit_received', 3],
  ['visit_made', 4],
  ['signing', 1],
  ['online', 2],
  ['phone', 2],
];

/** Datetimes as the SQLite driver stores them (UTC text), so generated rows compare like API-written ones. */
function stored(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

/** The history's last day as the rules' "today" (an agreement that ended unrenewed has lapsed by then). */
class HistoryClock extends Clock {
  constructor(private readonly day: string) {
    super();
  }

  now(): Date {
    // noon in China
    return new Date(`${this.day}T04:00:00.000Z`);
  }
}

/** The services whose rules the generated rows follow, with their tables: a rule changed in a service changes the demo too. */
function resourcesOf(dependencies: CrudDependencies) {
  const resource = <E extends TrackedEntity>(entity: EntityTarget<E>, service: CrudService<E, object>) => ({
    entity: entity as EntityTarget<ObjectLiteral>,
    service: service as CrudService<TrackedEntity, object>,
  });
  return {
    units: resource(Unit, new UnitsService(dependencies)),
    majors: resource(Major, new MajorsService(dependencies)),
    staff: resource(Staff, new StaffService(dependencies)),
    chambers: resource(Chamber, new ChambersService(dependencies)),
    enterprises: resource(Enterprise, new EnterprisesService(dependencies)),
    memberships: resource(Membership, new MembershipsService(dependencies)),
    contacts: resource(Contact, new ContactsService(dependencies)),
    meetings: resource(Meeting, new MeetingsService(dependencies)),
    outcomes: resource(Outcome, new OutcomesService(dependencies)),
    intakes: resource(Intake, new IntakesService(dependencies)),
    tasks: resource(Task, new TasksService(dependencies)),
  };
}

/** What every section shares: the transaction, the seeded dice, the history's days, the services and what was written. */
interface Demo {
  manager: EntityManager;
  random: Random;
  scale: Scale;
  options: GenerateOptions;
  today: string;
  historyStart: string;
  historyDays: number;
  resources: ReturnType<typeof resourcesOf>;
  standing: EnterpriseStanding;
  rows: Record<string, number>;
  audit: { resource: string; recordId: number; at: string; after: object }[];
}

type ResourceName = keyof Demo['resources'];

/** Inserts rows in chunks and counts them; with `resource`, returns their ids and notes their audit events. */
async function insert(
  demo: Demo,
  target: EntityTarget<ObjectLiteral>,
  resource: string | null,
  records: ObjectLiteral[],
): Promise<number[]> {
  // a generated record's times come from the generated history, not from when the generator ran, so
  // every fill of the same seed and day holds the same rows (one made without a day of its own was made on `today`)
  const metadata = demo.manager.connection.getMetadata(target);
  if (metadata.findColumnWithPropertyName('createdAt'))
    for (const record of records) record.createdAt ??= created(demo.today);
  if (metadata.findColumnWithPropertyName('updatedAt'))
    for (const record of records) record.updatedAt ??= record.createdAt;
  const ids: number[] = [];
  for (let index = 0; index < records.length; index += CHUNK) {
    const chunk = records.slice(index, index + CHUNK);
    // eslint-disable-next-line no-restricted-syntax -- the demo's generated history: its records judged by the pipeline's dry run first (write), then inserted with the history's times and audit events, which createMany would date now (and its meetings' link rows, which createMany leaves to its caller)
    const query = demo.manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(chunk as never)
      .updateEntity(false);
    if (resource) ids.push(...(await insertReturningIds(query, chunk.length)));
    else await query.execute();
  }
  if (resource && demo.options.audit)
    records.forEach((record, i) =>
      demo.audit.push({
        resource,
        recordId: ids[i],
        at: String(record.createdAt ?? stored(new Date())),
        after: { id: ids[i], ...record },
      }),
    );
  const table = resource ?? (target as { name: string }).name;
  demo.rows[table] = (demo.rows[table] ?? 0) + records.length;
  return ids;
}

/**
 * New records of a resource, with the fields its service derives on a create (academic year, pinyin
 * keys…). Each is first judged by the pipeline's dry run (checkMany: the DTO and text rules,
 * references, the resource's checks, as a create through the API), so the demo holds nothing the API
 * would refuse; a refused record stops the fill, naming it.
 */
async function write(demo: Demo, resource: ResourceName, records: ObjectLiteral[]): Promise<number[]> {
  const { entity, service } = demo.resources[resource];
  const bodies = records.map(
    ({ id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...body }) => body,
  );
  const [refused] = await service.checkMany(demo.manager, bodies, null);
  if (refused)
    throw new Error(
      `The demo's ${resource} #${refused.index + 1} is one the API refuses: ${JSON.stringify(refused.refusal.getResponse())}`,
    );
  return insert(
    demo,
    entity,
    resource,
    records.map((record) => service.withDerived(record)),
  );
}

const dayInHistory = (demo: Demo) => addDays(demo.historyStart, demo.random.int(0, Math.floor(demo.historyDays)));
/** A Chinese name and its pinyin (for an e-mail address): 王芳 / wang.fang, 陈宇浩 / chen.yuhao. */
function person({ random }: Demo) {
  const [surname, given, second] = [
    random.pick(SURNAMES),
    random.pick(GIVEN_NAMES),
    random.chance(0.5) ? random.pick(GIVEN_NAMES) : null,
  ];
  return {
    name: `${surname[0]}${given[0]}${second?.[0] ?? ''}`,
    pinyin: `${surname[1]}.${given[1]}${second?.[1] ?? ''}`,
  };
}
const created = (day: string) => `${day} 02:00:00.000`;

// ---- school side -----------------------------------------------------------------------------

async function school(demo: Demo) {
  const { random, scale } = demo;
  const unitIds = await write(demo, 'units', [
    ...OFFICES.map((name) => ({ name, kind: 'office', code: null, version: 1 })),
    ...COLLEGES.map((college, index) => ({
      name: college.name,
      kind: 'college',
      code: `C${String(index + 1).padStart(2, '0')}`,
      version: 1,
    })),
  ]);
  const unitByName = new Map(
    [...OFFICES, ...COLLEGES.map((college) => college.name)].map((name, index) => [name, unitIds[index]]),
  );
  const collegeIds = COLLEGES.map((college) => unitByName.get(college.name)!);
  const majorRecords = COLLEGES.flatMap((college) =>
    college.majors.map(([code, name]) => ({ code, name, unitId: unitByName.get(college.name)!, version: 1 })),
  );
  const majorIds = await write(demo, 'majors', majorRecords);
  const majorsOfCollege = new Map(
    collegeIds.map((collegeId) => [collegeId, majorIds.filter((_, index) => majorRecords[index].unitId === collegeId)]),
  );

  const staffIds = await write(demo, 'staff', [
    ...SEED_STAFF.map((member) => ({
      name: member.name,
      title: member.title,
      unitId: unitByName.get(member.unit)!,
      active: true,
      version: 1,
    })),
    ...COLLEGES.map((college) => ({
      name: person(demo).name,
      title: `${college.name}院长`,
      unitId: unitByName.get(college.name)!,
      active: true,
      version: 1,
    })),
    ...Array.from({ length: scale.teachers }, () => {
      const unitId = random.chance(0.8) ? random.pick(collegeIds) : random.pick(unitIds.slice(0, OFFICES.length));
      return { name: person(demo).name, title: random.pick(STAFF_TITLES), unitId, active: true, version: 1 };
    }),
  ]);
  const [, vicePresidentId, officeDirectorId, employmentDirectorId] = staffIds;
  const deanIds = staffIds.slice(SEED_STAFF.length, SEED_STAFF.length + COLLEGES.length);
  const owners = [
    officeDirectorId,
    employmentDirectorId,
    ...deanIds,
    ...staffIds.slice(SEED_STAFF.length + COLLEGES.length, SEED_STAFF.length + COLLEGES.length + 20),
  ];
  return {
    unitByName,
    collegeIds,
    majorIds,
    majorsOfCollege,
    staffIds,
    vicePresidentId,
    officeDirectorId,
    employmentDirectorId,
    deanIds,
    owners,
  };
}
type School = Awaited<ReturnType<typeof school>>;

// ---- chambers and enterprises ----------------------------------------------------------------

async function chambers(demo: Demo, { officeDirectorId }: School) {
  const { random, scale } = demo;
  const names = [
    SEED_CHAMBER.name,
    '上海市人工智能行业协会',
    '松江区经济委员会',
    ...Array.from(
      { length: Math.max(0, scale.chambers - 3) },
      (_, index) =>
        `${random.pick(CITIES).city}市${random.pick(INDUSTRIES).zh}${random.pick(['商会', '行业协会', '产教联盟'])}（${index + 4}）`,
    ),
  ].slice(0, scale.chambers);
  const ids = await write(
    demo,
    'chambers',
    names.map((name, index) => ({
      name,
      kind:
        index === 0
          ? 'chamber'
          : index === 2
            ? 'government'
            : name.includes('协会')
              ? 'association'
              : name.includes('联盟')
                ? 'alliance'
                : 'chamber',
      city: index < 3 ? SEED_CHAMBER.city : random.pick(CITIES).city,
      ownerId: officeDirectorId,
      notes: index === 0 ? `${SEED_CHAMBER.alias}。2024年3月21日带领28家会员企业来校座谈交流。` : null,
      version: 1,
      createdAt: created(demo.historyStart),
    })),
  );
  return { ids, names };
}
type Chambers = Awaited<ReturnType<typeof chambers>>;

async function enterprises(demo: Demo, { owners }: School) {
  const { random, options } = demo;
  const usedUscc = new Set<string>();
  const usccFor = (cityCode: string) => {
    for (;;) {
      const body = `91${cityCode}${Array.from({ length: 9 }, () => random.pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('')}`;
      const code = body + usccCheckCharacter(body);
      if (!usedUscc.has(code)) {
        usedUscc.add(code);
        return code;
      }
    }
  };
  const cityWeights = CITIES.map((city) => [city, city.weight] as const);
  // how people name a partner in a project title: 恒通智能制造, not 杭州恒通智能制造有限公司
  const shortNames: string[] = [];
  const records = Array.from({ length: demo.scale.enterprises }, (_, index) => {
    const city = random.weighted(cityWeights);
    const industry = random.pick(INDUSTRIES);
    const [brandA, brandB] = [random.pick(BRAND_SYLLABLES), random.pick(BRAND_SYLLABLES)];
    const suffix = random.weighted(SUFFIXES.map((entry) => [entry, entry[2]] as const));
    const named = options.seedEvent ? SEED_NAMED_ENTERPRISES[index] : undefined;
    const number = index >= 1000 ? `（${index}）` : '';
    shortNames.push(named?.short ?? `${brandA[1]}${brandB[1]}${industry.zh}`);
    return {
      name: named?.name ?? `${city.city}${brandA[1]}${brandB[1]}${industry.zh}${suffix[1]}${number}`,
      uscc: random.chance(0.85) || named ? usccFor(city.code) : null,
      aliases: named?.aliases ?? [
        `${city.en} ${brandA[0]}${brandB[0].toLowerCase()} ${industry.en} ${suffix[0]}${number ? ` ${index}` : ''}`,
      ],
      industry: named?.industry ?? industry.zh,
      ownership: random.weighted(OWNERSHIPS.map((ownership) => [ownership, ownership === 'private' ? 8 : 1] as const)),
      size: random.pick(ENTERPRISE_SIZES),
      city: named ? SEED_CHAMBER.city : city.city,
      tier: random.weighted(TIERS.map((tier) => [tier, tier === 'general' ? 7 : tier === 'core' ? 2 : 1] as const)),
      ownerId: random.pick(owners),
      relationshipStage: 'prospect',
      lastContactDate: null,
      version: 1,
      createdAt: created(dayInHistory(demo)),
    };
  });
  const ids = await write(demo, 'enterprises', records);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  return {
    ids,
    name: (id: number | undefined) => (id === undefined ? '合作企业' : records[indexOf.get(id)!].name),
    shortName: (id: number) => shortNames[indexOf.get(id)!],
  };
}
type Enterprises = Awaited<ReturnType<typeof enterprises>>;

/** Members: the seed chamber has the 28 of the article; every enterprise is in 0–2 chambers. */
async function memberships(demo: Demo, chamber: Chambers, enterprise: Enterprises) {
  const { random } = demo;
  const members = new Map<number, number[]>(chamber.ids.map((id) => [id, []]));
  const chambersOf = new Map<number, number[]>();
  const records: ObjectLiteral[] = [];
  const join = (enterpriseId: number, chamberId: number, role: string) => {
    if (members.get(chamberId)!.includes(enterpriseId)) return;
    members.get(chamberId)!.push(enterpriseId);
    chambersOf.set(enterpriseId, [...(chambersOf.get(enterpriseId) ?? []), chamberId]);
    records.push({ enterpriseId, chamberId, role, since: dayInHistory(demo), version: 1 });
  };
  enterprise.ids
    .slice(0, 28)
    .forEach((id, index) => join(id, chamber.ids[0], index < 2 ? '副会长单位' : index < 8 ? '理事单位' : '会员单位'));
  for (const id of enterprise.ids.slice(28)) {
    if (random.chance(0.55))
      join(
        id,
        random.pick(chamber.ids),
        random.weighted([
          ['会员单位', 8],
          ['理事单位', 2],
          ['副会长单位', 1],
        ] as const),
      );
    if (random.chance(0.1)) join(id, random.pick(chamber.ids), '会员单位');
  }
  await write(demo, 'memberships', records);
  return { members, chambersOf };
}
type Memberships = Awaited<ReturnType<typeof memberships>>;

// ---- contacts --------------------------------------------------------------------------------

/** The people of the seed article: one from each named enterprise, two of the chamber. */
function seedEventContacts(chamber: Chambers, enterprise: Enterprises): ObjectLiteral[] {
  return [
    ...SEED_NAMED_ENTERPRISES.map((named, index) => ({
      name: named.contact.name,
      title: named.contact.title,
      enterpriseId: enterprise.ids[index],
      chamberId: null,
      permission: 'notify_owner',
      version: 1,
    })),
    ...SEED_CHAMBER_CONTACTS.map((member) => ({
      name: member.name,
      title: member.title,
      enterpriseId: null,
      chamberId: chamber.ids[0],
      permission: 'free',
      version: 1,
    })),
  ];
}

async function contacts(demo: Demo, chamber: Chambers, enterprise: Enterprises) {
  const { random } = demo;
  const records = demo.options.seedEvent ? seedEventContacts(chamber, enterprise) : [];
  while (records.length < demo.scale.contacts) {
    const atChamber = random.chance(0.05);
    const { name, pinyin } = person(demo);
    records.push({
      name,
      title: random.pick(CONTACT_TITLES),
      enterpriseId: atChamber ? null : random.pick(enterprise.ids),
      chamberId: atChamber ? random.pick(chamber.ids) : null,
      phone: `1${random.int(30, 99)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      email: random.chance(0.7) ? `${pinyin}${random.int(1, 999)}@example.com` : null,
      wechat: random.chance(0.5) ? `wx_${random.int(100000, 999999)}` : null,
      permission: random.weighted(
        CONTACT_PERMISSIONS.map((permission) => [permission, permission === 'free' ? 6 : 1] as const),
      ),
      version: 1,
    });
  }
  const ids = await write(demo, 'contacts', records);
  const contactsOf = new Map<number, number[]>();
  records.forEach((contact, index) => {
    if (contact.enterpriseId)
      contactsOf.set(contact.enterpriseId, [...(contactsOf.get(contact.enterpriseId) ?? []), ids[index]]);
  });
  return { ids, contactsOf };
}
type Contacts = Awaited<ReturnType<typeof contacts>>;

// ---- meetings and who was there --------------------------------------------------------------

interface PlannedMeeting {
  record: ObjectLiteral & { startsAt: Date; endsAt: Date };
  enterprises: number[];
  chambers: number[];
  staff: number[];
  contacts: number[];
  day: string;
}

/** The symposium of 21 March 2024 and the visit of the training bases after it, with everyone the article names. */
function seedEventMeetings(
  people: School,
  chamber: Chambers,
  enterprise: Enterprises,
  contact: Contacts,
): PlannedMeeting[] {
  return [SEED_SYMPOSIUM, SEED_VISIT].map((event) => ({
    record: {
      ...event,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      chairId: people.vicePresidentId,
      version: 1,
      createdAt: created('2024-03-21'),
    },
    enterprises: enterprise.ids.slice(0, 28),
    chambers: [chamber.ids[0]],
    staff: [...people.staffIds.slice(0, SEED_STAFF.length), ...people.deanIds],
    contacts: [...SEED_NAMED_ENTERPRISES.map((_, index) => contact.ids[index]), contact.ids[2], contact.ids[3]],
    day: chinaDay(new Date(event.startsAt)),
  }));
}

function plannedMeeting(
  demo: Demo,
  people: School,
  chamber: Chambers,
  enterprise: Enterprises,
  { contactsOf }: Contacts,
  { members }: Memberships,
): PlannedMeeting {
  const { random, scale } = demo;
  const kind = random.weighted(MEETING_KIND_WEIGHTS);
  const day = dayInHistory(demo);
  const startsAt = new Date(`${day}T${String(random.int(1, 9)).padStart(2, '0')}:${random.pick(['00', '30'])}:00.000Z`);
  const viaChamber = kind === 'symposium' || random.chance(0.15) ? random.pick(chamber.ids) : null;
  const size =
    kind === 'symposium'
      ? random.int(scale.enterprisesPerMeeting, scale.enterprisesPerMeeting * 3)
      : random.int(1, Math.max(1, Math.round(scale.enterprisesPerMeeting * 0.9)));
  const pool = viaChamber && members.get(viaChamber)!.length ? members.get(viaChamber)! : enterprise.ids;
  const enterprises = random.sample(pool, size);
  const first = enterprise.name(enterprises[0]);
  const title =
    kind === 'visit_made'
      ? `走访${first}（访企拓岗）`
      : kind === 'symposium'
        ? `与${chamber.names[chamber.ids.indexOf(viaChamber!)] ?? '会员企业'}座谈交流`
        : kind === 'signing'
          ? `与${first}签约`
          : kind === 'visit_received'
            ? `${first}来校交流`
            : `与${first}${kind === 'online' ? '线上会议' : '电话沟通'}`;
  return {
    record: {
      title,
      kind,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      location: kind === 'visit_made' ? '企业现场' : kind === 'online' || kind === 'phone' ? null : '中侨校区',
      chairId: random.pick([
        people.vicePresidentId,
        people.officeDirectorId,
        people.employmentDirectorId,
        ...people.deanIds,
      ]),
      topics: random.sample(MEETING_TOPICS, random.int(1, 3)),
      minutes: `商讨${random.pick(MEETING_SUBJECTS)}事宜。`,
      version: 1,
      createdAt: created(day),
    },
    enterprises,
    chambers: viaChamber ? [viaChamber] : [],
    staff: random.sample(people.staffIds, random.int(2, 5)),
    contacts: enterprises.flatMap((id) => (contactsOf.get(id) ?? []).slice(0, 1)),
    day,
  };
}

async function meetings(
  demo: Demo,
  people: School,
  chamber: Chambers,
  enterprise: Enterprises,
  contact: Contacts,
  membership: Memberships,
) {
  const planned = demo.options.seedEvent ? seedEventMeetings(people, chamber, enterprise, contact) : [];
  while (planned.length < demo.scale.meetings)
    planned.push(plannedMeeting(demo, people, chamber, enterprise, contact, membership));
  // the academic year is derived from the instant; the row holds it as the driver stores it
  const records = planned.map((meeting) => demo.resources.meetings.service.withDerived({ ...meeting.record }));
  const ids = await insert(
    demo,
    Meeting,
    'meetings',
    records.map((record) => ({ ...record, startsAt: stored(record.startsAt), endsAt: stored(record.endsAt) })),
  );
  const links = (column: string, pick: (meeting: PlannedMeeting) => number[]) =>
    planned.flatMap((meeting, index) =>
      [...new Set(pick(meeting))].map((id) => ({ meetingId: ids[index], [column]: id })),
    );
  await insert(
    demo,
    MeetingStaff,
    null,
    links('staffId', (meeting) => meeting.staff),
  );
  await insert(
    demo,
    MeetingContact,
    null,
    links('contactId', (meeting) => meeting.contacts),
  );
  await insert(
    demo,
    MeetingEnterprise,
    null,
    links('enterpriseId', (meeting) => meeting.enterprises),
  );
  await insert(
    demo,
    MeetingChamber,
    null,
    links('chamberId', (meeting) => meeting.chambers),
  );
  const meetingsOf = new Map<number, { id: number; day: string }[]>();
  planned.forEach((meeting, index) =>
    meeting.enterprises.forEach((id) =>
      meetingsOf.set(id, [...(meetingsOf.get(id) ?? []), { id: ids[index], day: meeting.day }]),
    ),
  );
  return { planned, ids, meetingsOf };
}
type Meetings = Awaited<ReturnType<typeof meetings>>;

// ---- outcomes: every kind and stage, mostly with enterprises that met us -----------------------

async function outcomes(
  demo: Demo,
  people: School,
  enterprise: Enterprises,
  { chambersOf }: Memberships,
  { meetingsOf }: Meetings,
) {
  const { random, options, today, historyStart } = demo;
  const met = [...meetingsOf.keys()];
  const positions = new Map<OutcomeStage, number>();
  const records = Array.from({ length: demo.scale.outcomes }, (_, index) => {
    const kind = index < OUTCOME_KINDS.length ? OUTCOME_KINDS[index] : random.weighted(OUTCOME_KIND_WEIGHTS);
    const stage = index < OUTCOME_STAGES.length ? OUTCOME_STAGES[index] : random.weighted(OUTCOME_STAGE_WEIGHTS);
    const enterpriseId =
      options.seedEvent && index < 2
        ? enterprise.ids[index]
        : random.chance(0.9) && met.length
          ? random.pick(met)
          : random.pick(enterprise.ids);
    const origin = (meetingsOf.get(enterpriseId) ?? [])[0];
    const signed = !['idea', 'negotiating'].includes(stage);
    const startDate = signed ? (origin ? addDays(origin.day, random.int(20, 120)) : dayInHistory(demo)) : null;
    const years = random.int(1, 3);
    const soon = startDate && stage === 'active' && random.chance(0.15) ? addDays(today, random.int(5, 85)) : null;
    // an agreement "ending soon" that started after that day (a meeting shortly before today) runs its years instead: the API refuses an end before the start
    const endDate = startDate ? (soon && soon >= startDate ? soon : addDays(startDate, 365 * years)) : null;
    const position = positions.get(stage) ?? 0;
    positions.set(stage, position + POSITION_GAP);
    const collegeId = random.pick(people.collegeIds);
    return {
      title: `${enterprise.shortName(enterpriseId)}${OUTCOME_KIND_LABELS[kind]['zh-CN']}`,
      kind,
      stage,
      position,
      enterpriseId,
      chamberId: (chambersOf.get(enterpriseId) ?? [])[0] ?? null,
      unitId:
        kind === 'employment_positions' || kind === 'internship_base'
          ? random.chance(0.5)
            ? people.unitByName.get(EMPLOYMENT_OFFICE)!
            : collegeId
          : collegeId,
      ownerId: random.pick(people.owners),
      meetingId: origin?.id ?? null,
      signedDate: startDate,
      startDate,
      endDate,
      renewal: random.pick(['none', 'automatic', 'by_agreement']),
      value:
        kind === 'equipment_donation' || kind === 'joint_lab' || kind === 'rd_project'
          ? random.int(5, 200) * 10_000
          : null,
      capacity: ['internship_base', 'order_class', 'employment_positions'].includes(kind) ? random.int(5, 60) : null,
      version: 1,
      createdAt: created(origin?.day ?? historyStart),
    };
  });
  return { records, ids: await write(demo, 'outcomes', records) };
}
type Outcomes = Awaited<ReturnType<typeof outcomes>>;

/** Intakes of the bases that took students. */
async function intakes(demo: Demo, { majorIds, majorsOfCollege }: School, outcome: Outcomes) {
  const { random } = demo;
  const records: ObjectLiteral[] = [];
  const seen = new Set<string>();
  outcome.records.forEach((record, index) => {
    if (
      !['internship_base', 'order_class'].includes(record.kind) ||
      !record.startDate ||
      !['active', 'completed', 'signed'].includes(record.stage)
    )
      return;
    const years = [academicYearOf(record.startDate), academicYearOf(demo.today)].filter(
      (year, i, all) => all.indexOf(year) === i,
    );
    const majors = majorsOfCollege.get(record.unitId) ?? majorIds;
    for (const academicYear of years) {
      for (const majorId of random.sample(majors.length ? majors : majorIds, random.int(1, 2))) {
        const term = random.pick(TERMS);
        const key = `${outcome.ids[index]}/${academicYear}/${term}/${majorId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const positionsOffered = random.int(4, record.capacity ?? 20);
        const placed = random.int(Math.floor(positionsOffered / 2), positionsOffered);
        records.push({
          outcomeId: outcome.ids[index],
          academicYear,
          term,
          majorId,
          positions: positionsOffered,
          placed,
          hired: random.int(0, placed),
          version: 1,
        });
      }
    }
  });
  await write(demo, 'intakes', records);
}

// ---- follow-up tasks -------------------------------------------------------------------------

/** What the symposium's minutes agreed, first in the task list. */
function seedEventTasks(demo: Demo, people: School, enterprise: Enterprises, meeting: Meetings): ObjectLiteral[] {
  const [jianglang, leihui] = enterprise.ids;
  const task = (
    title: string,
    dueDate: string,
    assigneeId: number,
    doneOn: string | null,
    enterpriseId: number | null,
  ) => ({
    title,
    dueDate,
    assigneeId,
    doneAt: doneOn ? stored(new Date(`${doneOn}T08:00:00Z`)) : null,
    meetingId: meeting.ids[0],
    enterpriseId,
    outcomeId: null,
    version: 1,
    createdAt: created('2024-03-21'),
  });
  return [
    task('收集各企业的合作需求', '2024-04-12', people.officeDirectorId, '2024-04-10', null),
    task('向江朗科技提出共建实习基地方案', '2024-04-30', people.employmentDirectorId, '2024-04-25', jianglang),
    task('与雷辉生态集团准备联合实验室方案', addDays(demo.today, 14), people.deanIds[0], null, leihui),
  ];
}

async function tasks(demo: Demo, people: School, enterprise: Enterprises, meeting: Meetings) {
  const { random, today } = demo;
  const records: ObjectLiteral[] = Array.from({ length: demo.scale.tasks }, () => {
    const index = random.int(0, meeting.planned.length - 1);
    const { day, enterprises } = meeting.planned[index];
    const dueDate = addDays(day, random.int(7, 45));
    const done = dueDate < today && random.chance(0.75);
    return {
      title: random.pick(TASK_TITLES),
      dueDate,
      assigneeId: random.pick(people.owners),
      doneAt: done ? stored(new Date(`${addDays(dueDate, -random.int(0, 5))}T08:00:00Z`)) : null,
      meetingId: meeting.ids[index],
      enterpriseId: enterprises[0] ?? null,
      outcomeId: null,
      version: 1,
      createdAt: created(day),
    };
  });
  await write(demo, 'tasks', [
    ...(demo.options.seedEvent ? seedEventTasks(demo, people, enterprise, meeting) : []),
    ...records,
  ]);
}

/** Each enterprise's relationship stage and last contact, from its meetings and outcomes as the API keeps them. */
async function standing(demo: Demo, enterprise: Enterprises): Promise<void> {
  for (let index = 0; index < enterprise.ids.length; index += CHUNK)
    await demo.standing.refresh(demo.manager, enterprise.ids.slice(index, index + CHUNK));
}

/** A 'create' event per record, as the API would have written. */
async function auditTrail(demo: Demo): Promise<void> {
  await insert(
    demo,
    AuditEvent,
    null,
    demo.audit.map((event) => ({
      at: event.at,
      actorId: null,
      actorName: '演示数据',
      resource: event.resource,
      recordId: event.recordId,
      action: 'create',
      before: null,
      after: event.after,
    })),
  );
}

/**
 * Fills an empty database with deterministic, plausible data: the same seed and `today` give the
 * same rows. Each section bulk-inserts one resource's history (the seed article's event first),
 * in one transaction, with the fields each service derives on a create and the enterprises'
 * standing kept as the API keeps it.
 */
export async function generate(
  dataSource: DataSource,
  scale: Scale,
  options: GenerateOptions = {},
): Promise<GenerateSummary> {
  const started = Date.now();
  const today = options.today ?? chinaDay(new Date());
  const historyStart = `${Number(academicYearOf(today).slice(0, 4)) - 1}-09-01`;
  const dependencies = new CrudDependencies(
    dataSource,
    new WriteQueue(dataSource),
    new AuditService(),
    new RecordChanges(),
    new HistoryClock(today),
  );
  const rows: Record<string, number> = {};
  await dataSource.transaction(async (manager) => {
    const demo: Demo = {
      manager,
      random: new Random(options.seed ?? 20240321),
      scale,
      options,
      today,
      historyStart,
      historyDays: Math.max(1, (Date.parse(today) - Date.parse(historyStart)) / 86_400_000),
      resources: resourcesOf(dependencies),
      standing: new EnterpriseStanding(dependencies.changes),
      rows,
      audit: [],
    };
    const people = await school(demo);
    const chamber = await chambers(demo, people);
    const enterprise = await enterprises(demo, people);
    const membership = await memberships(demo, chamber, enterprise);
    const contact = await contacts(demo, chamber, enterprise);
    const meeting = await meetings(demo, people, chamber, enterprise, contact, membership);
    const outcome = await outcomes(demo, people, enterprise, membership, meeting);
    await intakes(demo, people, outcome);
    await tasks(demo, people, enterprise, meeting);
    await standing(demo, enterprise);
    if (options.audit) await auditTrail(demo);
  });
  await (await import('../annual-report/demo-figures')).fillAnnualFigures(dataSource);
  await dataSource.transaction(async (manager) =>
    (await import('../duplicates/twin-keys')).refreshAllTwinKeys(manager),
  );
  return { rows, milliseconds: Date.now() - started };
}
