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
  relationshipStage,
  TERMS,
  TIERS,
  usccCheckCharacter,
} from '@crm/domain';
import { AuditEvent } from '../common/audit-event.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingStaff } from '../meetings/meeting.entity';
import { Membership } from '../memberships/membership.entity';
import { Outcome, POSITION_GAP } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { Unit } from '../units/unit.entity';
import { pinyinSearchKeys, pinyinSortKey } from '../common/pinyin';
import { insertReturningIds } from '../database/inserted-ids';
import { Random } from './random';
import { SEED_CHAMBER, SEED_CHAMBER_CONTACTS, SEED_NAMED_ENTERPRISES, SEED_STAFF, SEED_SYMPOSIUM, SEED_VISIT } from './seed-event';
import { BRAND_SYLLABLES, CITIES, COLLEGES, CONTACT_TITLES, EMPLOYMENT_OFFICE, GIVEN_NAMES, INDUSTRIES, MEETING_SUBJECTS, MEETING_TOPICS, OFFICES, STAFF_TITLES, SUFFIXES, SURNAMES, TASK_TITLES } from './vocabulary';

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
  demo: { chambers: 3, enterprises: 200, contacts: 400, teachers: 30, meetings: 120, enterprisesPerMeeting: 3, outcomes: 150, tasks: 240 },
  /** For quick benchmark runs and growth comparisons. */
  medium: { chambers: 30, enterprises: 10_000, contacts: 30_000, teachers: 200, meetings: 5_000, enterprisesPerMeeting: 8, outcomes: 10_000, tasks: 20_000 },
  /** Years of a large platform: about 1,000,000 attendance links over 50,000 meetings. */
  large: { chambers: 200, enterprises: 100_000, contacts: 300_000, teachers: 1_000, meetings: 50_000, enterprisesPerMeeting: 15, outcomes: 100_000, tasks: 200_000 },
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
/** Tables whose lists sort by a pinyin key beside the name, as the services write it. */
const SORTED_BY_NAME = new Set<EntityTarget<ObjectLiteral>>([Chamber, Enterprise, Contact, Staff, Unit, Major]);
/** Tables the search box finds by the pinyin of the name (common/pinyin.ts `searchableNameKeys`). */
const SEARCHED_BY_PINYIN = new Set<EntityTarget<ObjectLiteral>>([Chamber, Enterprise, Contact]);
const sortKeys = new Map<string, string>();
/** Person names repeat (surname and given names from short lists), so their keys are computed once. */
function sortKeyOf(name: string): string {
  let key = sortKeys.get(name);
  if (key === undefined) {
    key = pinyinSortKey(name);
    if (sortKeys.size < 100_000) sortKeys.set(name, key);
  }
  return key;
}
const OUTCOME_KIND_WEIGHTS: [OutcomeKind, number][] = OUTCOME_KINDS.map((kind) => [kind, kind === 'internship_base' ? 6 : kind === 'employment_positions' ? 4 : kind === 'framework_agreement' ? 3 : 1]);
const OUTCOME_STAGE_WEIGHTS: [OutcomeStage, number][] = [['idea', 3], ['negotiating', 3], ['signed', 2], ['active', 4], ['completed', 2], ['lapsed', 1], ['terminated', 1]];
const MEETING_KIND_WEIGHTS: [MeetingKind, number][] = [['symposium', 1], ['visit_received', 3], ['visit_made', 4], ['signing', 1], ['online', 2], ['phone', 2]];

/** Datetimes as the SQLite driver stores them (UTC text), so generated rows compare like API-written ones. */
function stored(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Fills an empty database with deterministic, plausible data: the same seed and `today` give the
 * same rows. Bulk inserts in one transaction per table; derived values (relationship stage, last
 * contact, academic years) are computed as the services would.
 */
export async function generate(dataSource: DataSource, scale: Scale, options: GenerateOptions = {}): Promise<GenerateSummary> {
  const started = Date.now();
  const random = new Random(options.seed ?? 20240321);
  const today = options.today ?? chinaDay(new Date());
  const historyStart = `${Number(academicYearOf(today).slice(0, 4)) - 1}-09-01`;
  const historyDays = Math.max(1, (Date.parse(today) - Date.parse(historyStart)) / 86_400_000);
  const rows: Record<string, number> = {};
  const audit: { resource: string; recordId: number; at: string; after: object }[] = [];

  const insert = async <T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, resource: string | null, records: ObjectLiteral[]): Promise<number[]> => {
    if (SORTED_BY_NAME.has(target as EntityTarget<ObjectLiteral>)) for (const record of records) record.nameSortKey = sortKeyOf(record.name);
    if (SEARCHED_BY_PINYIN.has(target as EntityTarget<ObjectLiteral>)) for (const record of records) Object.assign(record, pinyinSearchKeys(record.nameSortKey));
    // a generated record's times come from the generated history, not from when the generator ran,
    // so every fill of the same seed and day holds the same rows (one made without a day of its own was made on `today`)
    const metadata = manager.connection.getMetadata(target);
    if (metadata.findColumnWithPropertyName('createdAt')) for (const record of records) record.createdAt ??= `${today} 02:00:00.000`;
    if (metadata.findColumnWithPropertyName('updatedAt')) for (const record of records) record.updatedAt ??= record.createdAt;
    const ids: number[] = [];
    for (let index = 0; index < records.length; index += CHUNK) {
      const chunk = records.slice(index, index + CHUNK);
      const query = manager.createQueryBuilder().insert().into(target).values(chunk as never).updateEntity(false);
      if (resource) ids.push(...(await insertReturningIds(query, chunk.length)));
      else await query.execute();
    }
    if (resource && options.audit) records.forEach((record, i) => audit.push({ resource, recordId: ids[i], at: String(record.createdAt ?? stored(new Date())), after: { id: ids[i], ...record } }));
    const table = resource ?? (target as { name: string }).name;
    rows[table] = (rows[table] ?? 0) + records.length;
    return ids;
  };

  const dayInHistory = () => addDays(historyStart, random.int(0, Math.floor(historyDays)));
  /** A Chinese name and its pinyin (for an e-mail address): 王芳 / wang.fang, 陈宇浩 / chen.yuhao. */
  const person = () => {
    const [surname, given, second] = [random.pick(SURNAMES), random.pick(GIVEN_NAMES), random.chance(0.5) ? random.pick(GIVEN_NAMES) : null];
    return { name: `${surname[0]}${given[0]}${second?.[0] ?? ''}`, pinyin: `${surname[1]}.${given[1]}${second?.[1] ?? ''}` };
  };
  const personName = () => person().name;
  const created = (day: string) => `${day} 02:00:00.000`;

  await dataSource.transaction(async (manager) => {
    // ---- school side -------------------------------------------------------------------------
    const unitIds = await insert(manager, Unit, 'units', [
      ...OFFICES.map((name) => ({ name, kind: 'office', code: null, version: 1 })),
      ...COLLEGES.map((college, index) => ({ name: college.name, kind: 'college', code: `C${String(index + 1).padStart(2, '0')}`, version: 1 })),
    ]);
    const unitByName = new Map([...OFFICES, ...COLLEGES.map((college) => college.name)].map((name, index) => [name, unitIds[index]]));
    const collegeIds = COLLEGES.map((college) => unitByName.get(college.name)!);
    const majorRecords = COLLEGES.flatMap((college) => college.majors.map(([code, name]) => ({ code, name, unitId: unitByName.get(college.name)!, version: 1 })));
    const majorIds = await insert(manager, Major, 'majors', majorRecords);
    const majorsOfCollege = new Map(collegeIds.map((collegeId) => [collegeId, majorIds.filter((_, index) => majorRecords[index].unitId === collegeId)]));

    const staffRecords = [
      ...SEED_STAFF.map((person) => ({ name: person.name, title: person.title, unitId: unitByName.get(person.unit)!, active: true, version: 1 })),
      ...COLLEGES.map((college) => ({ name: personName(), title: `${college.name}院长`, unitId: unitByName.get(college.name)!, active: true, version: 1 })),
      ...Array.from({ length: scale.teachers }, () => {
        const unitId = random.chance(0.8) ? random.pick(collegeIds) : random.pick(unitIds.slice(0, OFFICES.length));
        return { name: personName(), title: random.pick(STAFF_TITLES), unitId, active: true, version: 1 };
      }),
    ];
    const staffIds = await insert(manager, Staff, 'staff', staffRecords);
    const [, vicePresidentId, officeDirectorId, employmentDirectorId] = staffIds;
    const deanIds = staffIds.slice(SEED_STAFF.length, SEED_STAFF.length + COLLEGES.length);
    const owners = [officeDirectorId, employmentDirectorId, ...deanIds, ...staffIds.slice(SEED_STAFF.length + COLLEGES.length, SEED_STAFF.length + COLLEGES.length + 20)];

    // ---- chambers and enterprises ------------------------------------------------------------
    const chamberNames = [
      SEED_CHAMBER.name,
      '上海市人工智能行业协会',
      '松江区经济委员会',
      ...Array.from({ length: Math.max(0, scale.chambers - 3) }, (_, index) => `${random.pick(CITIES).city}市${random.pick(INDUSTRIES).zh}${random.pick(['商会', '行业协会', '产教联盟'])}（${index + 4}）`),
    ].slice(0, scale.chambers);
    const chamberIds = await insert(
      manager,
      Chamber,
      'chambers',
      chamberNames.map((name, index) => ({
        name,
        kind: index === 0 ? 'chamber' : index === 2 ? 'government' : name.includes('协会') ? 'association' : name.includes('联盟') ? 'alliance' : 'chamber',
        city: index < 3 ? SEED_CHAMBER.city : random.pick(CITIES).city,
        ownerId: officeDirectorId,
        notes: index === 0 ? `${SEED_CHAMBER.alias}。2024年3月21日带领28家会员企业来校座谈交流。` : null,
        version: 1,
        createdAt: created(historyStart),
      })),
    );

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
    const enterpriseRecords = Array.from({ length: scale.enterprises }, (_, index) => {
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
        aliases: named?.aliases ?? [`${city.en} ${brandA[0]}${brandB[0].toLowerCase()} ${industry.en} ${suffix[0]}${number ? ` ${index}` : ''}`],
        industry: named?.industry ?? industry.zh,
        ownership: random.weighted(OWNERSHIPS.map((ownership) => [ownership, ownership === 'private' ? 8 : 1] as const)),
        size: random.pick(ENTERPRISE_SIZES),
        city: named ? SEED_CHAMBER.city : city.city,
        tier: random.weighted(TIERS.map((tier) => [tier, tier === 'general' ? 7 : tier === 'core' ? 2 : 1] as const)),
        ownerId: random.pick(owners),
        relationshipStage: 'prospect',
        lastContactDate: null as string | null,
        version: 1,
        createdAt: created(dayInHistory()),
      };
    });
    const enterpriseIds = await insert(manager, Enterprise, 'enterprises', enterpriseRecords);
    const enterpriseIndex = new Map(enterpriseIds.map((id, index) => [id, index]));
    const enterpriseName = (id: number | undefined) => (id === undefined ? '合作企业' : enterpriseRecords[enterpriseIndex.get(id)!].name);
    const shortName = (id: number) => shortNames[enterpriseIndex.get(id)!];

    // Members: the seed chamber has the 28 of the article; every enterprise is in 0–2 chambers.
    const members = new Map<number, number[]>(chamberIds.map((id) => [id, []]));
    const chambersOf = new Map<number, number[]>();
    const membershipRecords: ObjectLiteral[] = [];
    const join = (enterpriseId: number, chamberId: number, role: string) => {
      if (members.get(chamberId)!.includes(enterpriseId)) return;
      members.get(chamberId)!.push(enterpriseId);
      chambersOf.set(enterpriseId, [...(chambersOf.get(enterpriseId) ?? []), chamberId]);
      membershipRecords.push({ enterpriseId, chamberId, role, since: dayInHistory(), version: 1 });
    };
    enterpriseIds.slice(0, 28).forEach((id, index) => join(id, chamberIds[0], index < 2 ? '副会长单位' : index < 8 ? '理事单位' : '会员单位'));
    for (const id of enterpriseIds.slice(28)) {
      if (random.chance(0.55)) join(id, random.pick(chamberIds), random.weighted([['会员单位', 8], ['理事单位', 2], ['副会长单位', 1]] as const));
      if (random.chance(0.1)) join(id, random.pick(chamberIds), '会员单位');
    }
    await insert(manager, Membership, 'memberships', membershipRecords);

    // ---- contacts ----------------------------------------------------------------------------
    const contactRecords: ObjectLiteral[] = [];
    const contactsOf = new Map<number, number[]>();
    if (options.seedEvent) {
      SEED_NAMED_ENTERPRISES.forEach((enterprise, index) =>
        contactRecords.push({ name: enterprise.contact.name, title: enterprise.contact.title, enterpriseId: enterpriseIds[index], chamberId: null, permission: 'notify_owner', version: 1 }),
      );
      SEED_CHAMBER_CONTACTS.forEach((person) => contactRecords.push({ name: person.name, title: person.title, enterpriseId: null, chamberId: chamberIds[0], permission: 'free', version: 1 }));
    }
    while (contactRecords.length < scale.contacts) {
      const atChamber = random.chance(0.05);
      const { name, pinyin } = person();
      contactRecords.push({
        name,
        title: random.pick(CONTACT_TITLES),
        enterpriseId: atChamber ? null : random.pick(enterpriseIds),
        chamberId: atChamber ? random.pick(chamberIds) : null,
        phone: `1${random.int(30, 99)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        email: random.chance(0.7) ? `${pinyin}${random.int(1, 999)}@example.com` : null,
        wechat: random.chance(0.5) ? `wx_${random.int(100000, 999999)}` : null,
        permission: random.weighted(CONTACT_PERMISSIONS.map((permission) => [permission, permission === 'free' ? 6 : 1] as const)),
        version: 1,
      });
    }
    const contactIds = await insert(manager, Contact, 'contacts', contactRecords);
    contactRecords.forEach((contact, index) => {
      if (contact.enterpriseId) contactsOf.set(contact.enterpriseId, [...(contactsOf.get(contact.enterpriseId) ?? []), contactIds[index]]);
    });

    // ---- meetings and who was there --------------------------------------------------------------
    interface PlannedMeeting {
      record: ObjectLiteral;
      enterprises: number[];
      chambers: number[];
      staff: number[];
      contacts: number[];
      day: string;
    }
    const planned: PlannedMeeting[] = [];
    if (options.seedEvent) {
      const article = enterpriseIds.slice(0, 28);
      const people = [...SEED_NAMED_ENTERPRISES.map((_, index) => contactIds[index]), contactIds[2], contactIds[3]];
      const school = [...staffIds.slice(0, SEED_STAFF.length), ...deanIds];
      for (const event of [SEED_SYMPOSIUM, SEED_VISIT]) {
        planned.push({
          record: { ...event, startsAt: stored(new Date(event.startsAt)), endsAt: stored(new Date(event.endsAt)), academicYear: academicYearOf(event.startsAt), chairId: vicePresidentId, version: 1, createdAt: created('2024-03-21') },
          enterprises: article,
          chambers: [chamberIds[0]],
          staff: school,
          contacts: people,
          day: chinaDay(new Date(event.startsAt)),
        });
      }
    }
    while (planned.length < scale.meetings) {
      const kind = random.weighted(MEETING_KIND_WEIGHTS);
      const day = dayInHistory();
      const startsAt = new Date(`${day}T${String(random.int(1, 9)).padStart(2, '0')}:${random.pick(['00', '30'])}:00.000Z`);
      const viaChamber = kind === 'symposium' || random.chance(0.15) ? random.pick(chamberIds) : null;
      const size = kind === 'symposium' ? random.int(scale.enterprisesPerMeeting, scale.enterprisesPerMeeting * 3) : random.int(1, Math.max(1, Math.round(scale.enterprisesPerMeeting * 0.9)));
      const pool = viaChamber && members.get(viaChamber)!.length ? members.get(viaChamber)! : enterpriseIds;
      const enterprises = random.sample(pool, size);
      const contacts = enterprises.flatMap((id) => (contactsOf.get(id) ?? []).slice(0, 1));
      const first = enterprises[0];
      const title =
        kind === 'visit_made'
          ? `走访${enterpriseName(first)}（访企拓岗）`
          : kind === 'symposium'
            ? `与${chamberNames[chamberIds.indexOf(viaChamber!)] ?? '会员企业'}座谈交流`
            : kind === 'signing'
              ? `与${enterpriseName(first)}签约`
              : kind === 'visit_received'
                ? `${enterpriseName(first)}来校交流`
                : `与${enterpriseName(first)}${kind === 'online' ? '线上会议' : '电话沟通'}`;
      planned.push({
        record: {
          title,
          kind,
          startsAt: stored(startsAt),
          endsAt: stored(new Date(startsAt.getTime() + 90 * 60_000)),
          academicYear: academicYearOf(startsAt),
          location: kind === 'visit_made' ? '企业现场' : kind === 'online' || kind === 'phone' ? null : '中侨校区',
          chairId: random.pick([vicePresidentId, officeDirectorId, employmentDirectorId, ...deanIds]),
          topics: random.sample(MEETING_TOPICS, random.int(1, 3)),
          minutes: `商讨${random.pick(MEETING_SUBJECTS)}事宜。`,
          version: 1,
          createdAt: created(day),
        },
        enterprises,
        chambers: viaChamber ? [viaChamber] : [],
        staff: random.sample(staffIds, random.int(2, 5)),
        contacts,
        day,
      });
    }
    const meetingIds = await insert(manager, Meeting, 'meetings', planned.map((meeting) => meeting.record));
    const links = (column: string, pick: (meeting: PlannedMeeting) => number[]) =>
      planned.flatMap((meeting, index) => [...new Set(pick(meeting))].map((id) => ({ meetingId: meetingIds[index], [column]: id })));
    await insert(manager, MeetingStaff, null, links('staffId', (meeting) => meeting.staff));
    await insert(manager, MeetingContact, null, links('contactId', (meeting) => meeting.contacts));
    await insert(manager, MeetingEnterprise, null, links('enterpriseId', (meeting) => meeting.enterprises));
    await insert(manager, MeetingChamber, null, links('chamberId', (meeting) => meeting.chambers));

    const meetingsOf = new Map<number, { id: number; day: string }[]>();
    planned.forEach((meeting, index) => meeting.enterprises.forEach((id) => meetingsOf.set(id, [...(meetingsOf.get(id) ?? []), { id: meetingIds[index], day: meeting.day }])));

    // ---- outcomes: every kind and stage, mostly with enterprises that met us -----------------------
    const met = [...meetingsOf.keys()];
    const stagesOf = new Map<number, OutcomeStage[]>();
    const positions = new Map<OutcomeStage, number>();
    const outcomeRecords = Array.from({ length: scale.outcomes }, (_, index) => {
      const kind = index < OUTCOME_KINDS.length ? OUTCOME_KINDS[index] : random.weighted(OUTCOME_KIND_WEIGHTS);
      const stage = index < OUTCOME_STAGES.length ? OUTCOME_STAGES[index] : random.weighted(OUTCOME_STAGE_WEIGHTS);
      const enterpriseId = options.seedEvent && index < 2 ? enterpriseIds[index] : random.chance(0.9) && met.length ? random.pick(met) : random.pick(enterpriseIds);
      const origin = (meetingsOf.get(enterpriseId) ?? [])[0];
      const signed = !['idea', 'negotiating'].includes(stage);
      const startDate = signed ? (origin ? addDays(origin.day, random.int(20, 120)) : dayInHistory()) : null;
      const years = random.int(1, 3);
      const endDate = startDate ? (stage === 'active' && random.chance(0.15) ? addDays(today, random.int(5, 85)) : addDays(startDate, 365 * years)) : null;
      stagesOf.set(enterpriseId, [...(stagesOf.get(enterpriseId) ?? []), stage]);
      const position = positions.get(stage) ?? 0;
      positions.set(stage, position + POSITION_GAP);
      const chamberId = (chambersOf.get(enterpriseId) ?? [])[0] ?? null;
      const collegeId = random.pick(collegeIds);
      return {
        title: `${shortName(enterpriseId)}${OUTCOME_KIND_LABELS[kind]['zh-CN']}`,
        kind,
        stage,
        position,
        enterpriseId,
        chamberId,
        unitId: kind === 'employment_positions' || kind === 'internship_base' ? (random.chance(0.5) ? unitByName.get(EMPLOYMENT_OFFICE)! : collegeId) : collegeId,
        ownerId: random.pick(owners),
        meetingId: origin?.id ?? null,
        signedDate: startDate,
        startDate,
        endDate,
        renewal: random.pick(['none', 'automatic', 'by_agreement']),
        value: kind === 'equipment_donation' || kind === 'joint_lab' || kind === 'rd_project' ? random.int(5, 200) * 10_000 : null,
        capacity: ['internship_base', 'order_class', 'employment_positions'].includes(kind) ? random.int(5, 60) : null,
        academicYear: academicYearOf(startDate ?? origin?.day ?? historyStart),
        version: 1,
        createdAt: created(origin?.day ?? historyStart),
      };
    });
    const outcomeIds = await insert(manager, Outcome, 'outcomes', outcomeRecords);

    // ---- intakes of the bases that took students -------------------------------------------------
    const intakeRecords: ObjectLiteral[] = [];
    const seen = new Set<string>();
    outcomeRecords.forEach((outcome, index) => {
      if (!['internship_base', 'order_class'].includes(outcome.kind) || !outcome.startDate || !['active', 'completed', 'signed'].includes(outcome.stage)) return;
      const years = [academicYearOf(outcome.startDate), academicYearOf(today)].filter((year, i, all) => all.indexOf(year) === i);
      const majors = majorsOfCollege.get(outcome.unitId!) ?? majorIds;
      for (const academicYear of years) {
        for (const majorId of random.sample(majors.length ? majors : majorIds, random.int(1, 2))) {
          const term = random.pick(TERMS);
          const key = `${outcomeIds[index]}/${academicYear}/${term}/${majorId}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const positionsOffered = random.int(4, outcome.capacity ?? 20);
          const placed = random.int(Math.floor(positionsOffered / 2), positionsOffered);
          intakeRecords.push({ outcomeId: outcomeIds[index], academicYear, term, majorId, positions: positionsOffered, placed, hired: random.int(0, placed), version: 1 });
        }
      }
    });
    await insert(manager, Intake, 'intakes', intakeRecords);

    // ---- follow-up tasks ----------------------------------------------------------------------
    const taskRecords: ObjectLiteral[] = Array.from({ length: scale.tasks }, () => {
      const index = random.int(0, planned.length - 1);
      const meeting = planned[index];
      const dueDate = addDays(meeting.day, random.int(7, 45));
      const done = dueDate < today && random.chance(0.75);
      return {
        title: random.pick(TASK_TITLES),
        dueDate,
        assigneeId: random.pick(owners),
        doneAt: done ? stored(new Date(`${addDays(dueDate, -random.int(0, 5))}T08:00:00Z`)) : null,
        meetingId: meetingIds[index],
        enterpriseId: meeting.enterprises[0] ?? null,
        outcomeId: null,
        academicYear: academicYearOf(dueDate),
        version: 1,
        createdAt: created(meeting.day),
      };
    });
    if (options.seedEvent) {
      const [jianglang, leihui] = enterpriseIds;
      taskRecords.unshift(
        { title: '收集各企业的合作需求', dueDate: '2024-04-12', assigneeId: officeDirectorId, doneAt: stored(new Date('2024-04-10T08:00:00Z')), meetingId: meetingIds[0], enterpriseId: null, outcomeId: null, academicYear: '2023-2024', version: 1, createdAt: created('2024-03-21') },
        { title: '向江朗科技提出共建实习基地方案', dueDate: '2024-04-30', assigneeId: employmentDirectorId, doneAt: stored(new Date('2024-04-25T08:00:00Z')), meetingId: meetingIds[0], enterpriseId: jianglang, outcomeId: null, academicYear: '2023-2024', version: 1, createdAt: created('2024-03-21') },
        { title: '与雷辉生态集团准备联合实验室方案', dueDate: addDays(today, 14), assigneeId: deanIds[0], doneAt: null, meetingId: meetingIds[0], enterpriseId: leihui, outcomeId: null, academicYear: academicYearOf(addDays(today, 14)), version: 1, createdAt: created('2024-03-21') },
      );
    }
    await insert(manager, Task, 'tasks', taskRecords);

    // ---- derived standing, as EnterpriseStanding computes it -------------------------------------
    for (const id of enterpriseIds) {
      const visits = meetingsOf.get(id) ?? [];
      const stage = relationshipStage({ outcomeStages: stagesOf.get(id) ?? [], meetingCount: visits.length });
      if (stage === 'prospect') continue;
      const last = visits.reduce<string | null>((latest, visit) => (!latest || visit.day > latest ? visit.day : latest), null);
      // derived values are not an edit: updatedAt stays the record's own (and the same on every fill)
      await manager.update(Enterprise, id, { relationshipStage: stage, lastContactDate: last, version: 1, updatedAt: () => '"updatedAt"' });
    }

    if (options.audit) {
      await insert(
        manager,
        AuditEvent,
        null,
        audit.map((event) => ({ at: event.at, actorId: null, actorName: '演示数据', resource: event.resource, recordId: event.recordId, action: 'create', before: null, after: event.after })),
      );
    }
  });
  await (await import('../annual-report/demo-figures')).fillAnnualFigures(dataSource);
  await dataSource.transaction(async (manager) => (await import('../duplicates/twin-keys')).refreshAllTwinKeys(manager));
  return { rows, milliseconds: Date.now() - started };
}
