import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { formatDate, grantOf, type Locale, type SearchResult } from '@crm/domain';
import type { Actor } from '../common/actor';
import { ChambersService } from '../chambers/chambers.service';
import { pinyinSearchText } from '../common/pinyin';
import { ContactsService } from '../contacts/contacts.service';
import { dialectOf, type Dialect } from '../database/dialect';
import { gramCondition, gramKey, likePattern, servedByGrams } from '../database/full-text';
import { readRaw } from '../database/read-pool';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { MeetingsService } from '../meetings/meetings.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { StaffService } from '../staff/staff.service';

/** How one resource is searched and shown in the search box. */
interface Searched {
  /** The resource's name in the API, which is also its table's. */
  resource: string;
  /** The columns `q` looks in: the resource's own list search (its list spec), so the box finds what the list finds. */
  columns: readonly string[];
  /** The column shown as the result's title. */
  title: string;
  /** The order of equally good matches. */
  order: string;
  /** Whether the table keeps the pinyin keys of its name (common/pinyin.ts `searchableNameKeys`). */
  pinyin: boolean;
  /** SQL of the text that describes a result whose title matched (its organisation, city, day); joins `row`'s table as "row". */
  describe: { joins?: [table: string, alias: string, on: string][]; columns: Record<string, string> };
}

/** The most results per resource one request may ask for, and the default. */
export const SEARCH_LIMIT = { max: 20, default: 5 };
/**
 * Rows that hold the text somewhere, read before ranking: a word found in ten thousand records
 * (上海, 公司) is ranked among the first of them, so that one keystroke costs about the same however
 * common the word. Titles that begin with it are read apart, from the title's index, and come first.
 */
const CANDIDATES = 500;
/** Around the match, the characters a snippet shows. */
const SNIPPET = { before: 16, length: 60 };

/**
 * The one search box (GET /api/search): enterprises, chambers, contacts, meetings and outcomes at
 * once, each resource's best matches first. A match is ranked by where it is: the title is the
 * text (0), begins with it (1), holds it (2), the pinyin of the name begins with it (1, exactly
 * 0), another column holds it (3). Reads every resource in one snapshot off the event loop.
 */
@Injectable()
export class SearchService {
  private readonly searched: Searched[];

  constructor(
    private readonly dataSource: DataSource,
    enterprises: EnterprisesService,
    chambers: ChambersService,
    contacts: ContactsService,
    meetings: MeetingsService,
    outcomes: OutcomesService,
    staff: StaffService,
  ) {
    this.searched = [
      {
        resource: enterprises.resource,
        columns: enterprises.listSpec.search,
        title: 'name',
        order: '"row"."nameSortKey"',
        pinyin: true,
        describe: { columns: { city: '"row"."city"', industry: '"row"."industry"' } },
      },
      {
        resource: chambers.resource,
        columns: chambers.listSpec.search,
        title: 'name',
        order: '"row"."nameSortKey"',
        pinyin: true,
        describe: { columns: { city: '"row"."city"' } },
      },
      {
        resource: contacts.resource,
        columns: contacts.listSpec.search,
        title: 'name',
        order: '"row"."nameSortKey"',
        pinyin: true,
        describe: {
          joins: [
            ['enterprises', 'enterprise', '"enterprise"."id" = "row"."enterpriseId"'],
            ['chambers', 'chamber', '"chamber"."id" = "row"."chamberId"'],
          ],
          columns: { title: '"row"."title"', organisation: 'COALESCE("enterprise"."name", "chamber"."name")' },
        },
      },
      {
        resource: meetings.resource,
        columns: meetings.listSpec.search,
        title: 'title',
        order: '"row"."startsAt" DESC',
        pinyin: false,
        describe: { columns: { startsAt: '"row"."startsAt"', location: '"row"."location"' } },
      },
      {
        resource: outcomes.resource,
        columns: outcomes.listSpec.search,
        title: 'title',
        order: '"row"."updatedAt" DESC',
        pinyin: false,
        describe: {
          joins: [['enterprises', 'enterprise', '"enterprise"."id" = "row"."enterpriseId"']],
          columns: { partner: '"enterprise"."name"' },
        },
      },
      {
        // the school's people (a staff member is found by name, title, username or e-mail), for the roles that may read them
        resource: staff.resource,
        columns: staff.listSpec.search,
        title: 'name',
        order: '"row"."nameSortKey"',
        pinyin: false,
        describe: {
          joins: [['units', 'unit', '"unit"."id" = "row"."unitId"']],
          columns: { title: '"row"."title"', unit: '"unit"."name"' },
        },
      },
    ];
  }

  async search(text: string, limit: number, actor: Actor, locale: Locale): Promise<SearchResult[]> {
    // only what the permission table lets the role read on every record: a row rule on reading would need its own SQL here
    const readable = this.searched.filter((searched) => grantOf(actor.role, searched.resource, 'read') === true);
    const pinyin = pinyinSearchText(text);
    const queries = readable.map((searched) => ({
      searched,
      queries: [
        this.titleStarts(searched, text, limit),
        this.holding(searched, text, limit),
        ...(pinyin && searched.pinyin
          ? [
              this.pinyinStarts(searched, pinyin, limit, 'namePinyin'),
              this.pinyinStarts(searched, pinyin, limit, 'nameInitials'),
            ]
          : []),
      ],
    }));
    const rows = await readRaw(this.dataSource, ...queries.flatMap((entry) => entry.queries));
    const results: SearchResult[] = [];
    let next = 0;
    for (const { searched, queries: own } of queries) {
      const found = own.flatMap(() => rows[next++]) as Row[];
      const best = new Map<number, Row>();
      // stable: within a rank, the order each query read its rows in
      for (const row of found.sort((a, b) => Number(a.rank) - Number(b.rank)))
        if (!best.has(Number(row.id))) best.set(Number(row.id), row);
      for (const row of [...best.values()].slice(0, limit)) results.push(this.result(searched, row, text, locale));
    }
    return results;
  }

  /** Titles that begin with the text as typed: a range of the title's index, the shortest (the text itself) first. */
  private titleStarts(searched: Searched, text: string, limit: number): SelectQueryBuilder<ObjectLiteral> {
    return this.base(searched, `CASE WHEN "row"."${searched.title}" = :text THEN 0 ELSE 1 END`)
      .andWhere(`"row"."${searched.title}" >= :text AND "row"."${searched.title}" < :textEnd`, {
        text,
        textEnd: `${text}\u{10ffff}`,
      })
      .orderBy(`"row"."${searched.title}"`)
      .limit(limit);
  }

  /** Rows holding the text in any searched column, as the list's `q` finds them, ranked among the first CANDIDATES. */
  private holding(searched: Searched, text: string, limit: number): SelectQueryBuilder<ObjectLiteral> {
    const table = searched.resource;
    // one or two Chinese characters: the candidates are the front of the gram index's range, read in its order, not the whole range
    const condition =
      this.dialect.engine === 'sqlite' && servedByGrams(table, text)
        ? {
            sql: gramCondition(table, 'candidate', { direction: 'ASC', rows: CANDIDATES }),
            parameters: { q: gramKey(text) },
          }
        : this.dialect.searchCondition({ table, alias: 'candidate', columns: searched.columns, liveOnly: true }, text);
    const title = `LOWER("row"."${searched.title}")`;
    const pattern = likePattern(text);
    return this.base(
      searched,
      `CASE WHEN ${title} = :lower THEN 0 WHEN ${title} LIKE :starts ESCAPE '\\' THEN 1 WHEN ${title} LIKE :holds ESCAPE '\\' THEN 2 ELSE 3 END`,
    )
      .andWhere(
        `"row"."id" IN (SELECT "candidate"."id" FROM "${table}" "candidate" WHERE "candidate"."deletedAt" IS NULL AND ${condition.sql} LIMIT ${CANDIDATES})`,
        condition.parameters,
      )
      .setParameters({ lower: text.toLowerCase(), starts: pattern.slice(1), holds: pattern })
      .orderBy('"rank"')
      .addOrderBy(searched.order.replace(/ DESC$/, ''), searched.order.endsWith(' DESC') ? 'DESC' : 'ASC')
      .limit(limit);
  }

  /**
   * Names whose pinyin (or initials) begin with the text: the front of a range of its index, which
   * holds the exact key first. One query per column: SQLite reads an OR of the two by scanning.
   */
  private pinyinStarts(
    searched: Searched,
    pinyin: string,
    limit: number,
    column: 'namePinyin' | 'nameInitials',
  ): SelectQueryBuilder<ObjectLiteral> {
    return (
      this.base(searched, `CASE WHEN "row"."${column}" = :pinyin THEN 0 ELSE 1 END`)
        // the keys hold only a-z and 0-9, all before "{"
        .andWhere(`"row"."${column}" >= :pinyin AND "row"."${column}" < :pinyinEnd`, {
          pinyin,
          pinyinEnd: `${pinyin}{`,
        })
        .orderBy(`"row"."${column}"`)
        .limit(limit)
    );
  }

  private base(searched: Searched, rank: string): SelectQueryBuilder<ObjectLiteral> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(searched.resource, 'row')
      .select('"row"."id"', 'id')
      .addSelect(`"row"."${searched.title}"`, 'title')
      .addSelect(rank, 'rank')
      .where('"row"."deletedAt" IS NULL');
    for (const column of searched.columns)
      if (column !== searched.title) query.addSelect(`"row"."${column}"`, `match_${column}`);
    for (const [name, sql] of Object.entries(searched.describe.columns)) query.addSelect(sql, `describe_${name}`);
    for (const [table, alias, on] of searched.describe.joins ?? []) query.leftJoin(table, alias, on);
    return query;
  }

  /** The result as the box shows it: where the text is when it is not in the title, else what tells the record apart. */
  private result(searched: Searched, row: Row, text: string, locale: Locale): SearchResult {
    const lower = text.toLowerCase();
    const title = String(row.title ?? '');
    let snippet = '';
    if (!title.toLowerCase().includes(lower)) {
      for (const column of searched.columns) {
        const value = plainText(readable(row[`match_${column}`]));
        const at = value.toLowerCase().indexOf(lower);
        if (at >= 0) {
          snippet = excerpt(value, at);
          break;
        }
      }
    }
    if (!snippet) {
      snippet = Object.keys(searched.describe.columns)
        .map((name) =>
          name === 'startsAt'
            ? formatDate(row[`describe_${name}`] as string | null, locale)
            : readable(row[`describe_${name}`]),
        )
        .filter(Boolean)
        .join(' · ');
    }
    return { resource: searched.resource, id: Number(row.id), title, snippet };
  }

  private get dialect(): Dialect {
    return dialectOf(this.dataSource);
  }
}

type Row = Record<string, unknown>;

/** A stored value as text: a JSON list (aliases) as its items. */
function readable(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text.startsWith('[')) {
    try {
      const items = JSON.parse(text) as unknown;
      if (Array.isArray(items)) return items.join('、');
    } catch {
      // not JSON: plain text that begins with a bracket
    }
  }
  return text;
}

/** Part of a long text around a match, on one line. */
/** Markdown (the minutes, notes) as the words a reader sees: no **, #, list markers, backticks or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/`/g, '');
}

function excerpt(value: string, at: number): string {
  const start = Math.max(0, at - SNIPPET.before);
  const part = value.slice(start, start + SNIPPET.length).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${part}${start + SNIPPET.length < value.length ? '…' : ''}`;
}
