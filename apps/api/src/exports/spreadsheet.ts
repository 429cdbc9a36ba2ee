import ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { ExportColumn, ExportedResource, Locale } from '@crm/domain';
import { msg, translate, type Message, type MessageKey } from '../common/i18n';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** The header over a column of a list's export, in the catalogue: what the export writes and an import of it recognises. */
export function exportHeader(resource: ExportedResource, column: ExportColumn): Message {
  return msg(`spreadsheetExport.${resource}.${column.source}` as MessageKey);
}

/** What a list's file and its sheet are called in the reader's language: 实习基地-2026-12-07.xlsx, sheet 实习基地. */
export function exportTitle(list: ExportedResource | 'internships', locale: Locale): string {
  return translate(msg(`spreadsheetExport.file.${list}` as MessageKey), locale);
}

/**
 * Sends a file as a download: express writes its name as filename*=UTF-8''… (RFC 5987) for a
 * Chinese name, with an ASCII fallback for old clients.
 */
export function sendAsDownload(response: Response, file: ExportFile): void {
  response.attachment(file.filename);
  response.setHeader('Content-Type', file.contentType);
}

/** A text a spreadsheet would run as a formula (or a DDE command) is written with a leading apostrophe, which shows it as text. */
export function escapeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell of an exported sheet as it was before `escapeCell`: what an import of the export reads. */
export function unescapeCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * One sheet as CSV (UTF-8 with BOM, which Excel opens as UTF-8, CRLF) or XLSX: a bold header row,
 * then the rows; `numeric` columns are narrow. Every list and report export writes through here;
 * `name` (the exportTitle) names the sheet and, with the day, the file.
 */
export async function spreadsheetFile(
  name: string,
  format: ExportFormat,
  headers: string[],
  rows: (string | number | null)[][],
  numeric: boolean[],
): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(headers);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  headers.forEach((header, index) => {
    sheet.getColumn(index + 1).width = numeric[index] ? 12 : Math.max(10, Math.min(40, header.length * 2 + 4));
  });
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'xlsx') {
    return {
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${name}-${stamp}.xlsx`,
    };
  }
  const csv = Buffer.from(
    await workbook.csv.writeBuffer({ formatterOptions: { writeBOM: true, rowDelimiter: '\r\n' } }),
  );
  return { body: csv, contentType: 'text/csv; charset=utf-8', filename: `${name}-${stamp}.csv` };
}
