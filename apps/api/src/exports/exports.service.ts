import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EXPORT_COLUMNS, ExportColumn, labelOf, LIST_CELL_SEPARATOR, Locale, type ExportedResource } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService } from '../common/audit.service';
import { RESOURCE_REGISTRY, type ResourceDeclaration } from '../common/resource';
import { WriteQueue } from '../database/write-queue';
import { msg, translate } from '../common/i18n';
import { MAX_PAGE } from '../common/list-query';
import { escapeCell, ExportFile, exportHeader, ExportFormat, exportTitle, spreadsheetFile } from './spreadsheet';

/** More than a sheet anyone reads; a narrower filter is asked for. */
export const MAX_EXPORT_ROWS = 200_000;

/** An instant as a person in Shanghai reads it. */
function chinaTime(value: unknown): string {
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) return '';
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The records of a list as the person filtered and sorted it, as CSV (UTF-8 with BOM, which Excel
 * opens as UTF-8) or XLSX: the list's columns headed in the person's language, names instead of
 * ids, labels instead of stored values, numbers as numbers.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
    @Inject(RESOURCE_REGISTRY) private readonly resources: ResourceDeclaration[],
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
  ) {}

  /** The file, and an event in the audit trail of who took which list out of the CRM (an export is a copy of the records). */
  async exportAs(
    actor: Actor,
    resource: ExportedResource,
    format: ExportFormat,
    query: { filter?: string; sort?: string },
    locale: Locale,
  ): Promise<ExportFile> {
    const file = await this.export(resource, format, query, locale);
    await this.writes.transaction((manager) =>
      this.audit.record(manager, {
        actor,
        resource,
        recordId: 0,
        action: 'export',
        before: null,
        after: { format, filter: query.filter ?? null, sort: query.sort ?? null },
      }),
    );
    return file;
  }

  async export(
    resource: ExportedResource,
    format: ExportFormat,
    query: { filter?: string; sort?: string },
    locale: Locale,
  ): Promise<ExportFile> {
    const service = this.moduleRef.get(
      this.resources.find((declaration) => declaration.resource === resource)!.service,
      { strict: false },
    );
    const columns = EXPORT_COLUMNS[resource];
    const records: Record<string, unknown>[] = [];
    for (let first = 0; ; first += MAX_PAGE) {
      const page = await service.list({
        filter: query.filter,
        sort: query.sort,
        range: JSON.stringify([first, first + MAX_PAGE - 1]),
      });
      if (page.total > MAX_EXPORT_ROWS) {
        throw new BadRequestException({
          message: msg('spreadsheetExport.tooMany', { total: page.total, max: MAX_EXPORT_ROWS }),
          errors: { filter: msg('spreadsheetExport.matchesTooMany') },
        });
      }
      records.push(...(page.records as Record<string, unknown>[]));
      if (page.records.length < MAX_PAGE || records.length >= page.total) break;
    }
    const names = await this.referenceNames(columns, records);

    const headers = columns.map((column) => translate(exportHeader(resource, column), locale));
    const rows = records.map((record) =>
      columns.map((column) => this.cell(column, record[column.source], names, locale)),
    );
    return spreadsheetFile(
      exportTitle(resource, locale),
      format,
      headers,
      rows,
      columns.map((column) => !!column.number),
    );
  }

  private cell(
    column: ExportColumn,
    value: unknown,
    names: Map<string, Map<number, string>>,
    locale: Locale,
  ): string | number | null {
    if (value === null || value === undefined || value === '') return null;
    if (Array.isArray(value)) return value.length ? escapeCell(value.join(LIST_CELL_SEPARATOR)) : null;
    if (column.reference) return escapeCell(names.get(column.reference.table)?.get(Number(value)) ?? `#${value}`);
    if (column.vocabulary) return escapeCell(labelOf(column.vocabulary, String(value), locale));
    if (column.number) return typeof value === 'number' ? value : Number(value);
    if (column.time) return chinaTime(value);
    return escapeCell(String(value));
  }

  /** The names of every record the rows point at: one query per referenced table. */
  private async referenceNames(
    columns: ExportColumn[],
    records: Record<string, unknown>[],
  ): Promise<Map<string, Map<number, string>>> {
    const wanted = new Map<string, { name: string; ids: Set<number> }>();
    for (const column of columns) {
      if (!column.reference) continue;
      const entry = wanted.get(column.reference.table) ?? { name: column.reference.name, ids: new Set<number>() };
      for (const record of records)
        if (typeof record[column.source] === 'number') entry.ids.add(record[column.source] as number);
      wanted.set(column.reference.table, entry);
    }
    const names = new Map<string, Map<number, string>>();
    for (const [table, { name, ids }] of wanted) {
      const found = new Map<number, string>();
      const all = [...ids];
      for (let index = 0; index < all.length; index += 500) {
        const rows = await this.dataSource
          .createQueryBuilder()
          .select(['"row"."id" AS "id"', `"row"."${name}" AS "name"`])
          .from(table, 'row')
          .where('"row"."id" IN (:...ids)', { ids: all.slice(index, index + 500) })
          .getRawMany<{ id: number; name: string }>();
        for (const row of rows) found.set(Number(row.id), row.name);
      }
      names.set(table, found);
    }
    return names;
  }
}
