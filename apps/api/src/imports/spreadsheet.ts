import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { inflateRawSync } from 'node:zlib';
import { msg } from '../common/i18n';

/** The largest file accepted (multer stops reading past it). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/**
 * What the parts of an XLSX may inflate to, all together. A real 20 MB workbook inflates to a few
 * times its size; a zip bomb to gigabytes, which exceljs would hold in memory.
 */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export function tooLarge(message: ReturnType<typeof msg>): HttpException {
  return new HttpException({ message }, HttpStatus.PAYLOAD_TOO_LARGE);
}

export const tooManyRows = () => tooLarge(msg('imports.tooManyRows', { max: MAX_ROWS.toLocaleString('en') }));

const notASpreadsheet = () => new BadRequestException({ message: msg('imports.notSpreadsheet'), errors: { file: msg('imports.isNotSpreadsheet') } });

/** The cells of the file's first sheet as text, row by row (CSV in UTF-8, with or without BOM, or GB18030/GBK; or XLSX). */
export async function readSpreadsheet(file: Buffer): Promise<string[][]> {
  if (file.length === 0) throw new BadRequestException({ message: msg('imports.empty'), errors: { file: msg('imports.isEmpty') } });
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readWorkbook(file);
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new BadRequestException({ message: msg('imports.oldExcel'), errors: { file: msg('imports.isOldExcel') } });
  }
  return readCsv(file);
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030, which Excel in China writes and which contains GBK. */
export function decodeText(file: Buffer): string {
  const withoutBom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return iconv.decode(withoutBom, 'gb18030');
  }
}

function readCsv(file: Buffer): string[][] {
  // Text files have no NUL and almost no control characters; images, archives and UTF-16 do.
  const head = file.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) throw notASpreadsheet();
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  }
  if (controls > head.length / 100) throw notASpreadsheet();
  const text = decodeText(file);
  try {
    return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, delimiter: [',', '\t'], to: MAX_ROWS + 12 }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadRequestException({ message: msg('imports.badCsv', { line: line ?? 1 }), errors: { file: msg('imports.isBadCsv') } });
  }
}

/**
 * Inflates each entry the zip's central directory lists, up to what is left of the budget, before
 * exceljs inflates it again without one: the sizes a zip declares may lie, the inflated bytes cannot.
 */
export function boundInflatedSize(zip: Buffer, budget = MAX_INFLATED_BYTES): void {
  const refused = () => tooLarge(msg('imports.unpacksTooLarge', { max: Math.round(budget / 1024 / 1024) }));
  // the end-of-central-directory record is in the last 22 bytes plus a comment of at most 64 kB
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notASpreadsheet();
  const entries = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (entry + 46 > zip.length || zip.readUInt32LE(entry) !== 0x02014b50) throw notASpreadsheet();
    const method = zip.readUInt16LE(entry + 10);
    const compressed = zip.readUInt32LE(entry + 20);
    const local = zip.readUInt32LE(entry + 42);
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    // ZIP64 sizes: no sheet small enough to read has them
    if (compressed === 0xffffffff || local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw refused();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: budget - total + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw refused();
        throw notASpreadsheet();
      }
    } else throw notASpreadsheet();
    if (total > budget) throw refused();
  }
}

async function readWorkbook(file: Buffer): Promise<string[][]> {
  boundInflatedSize(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw notASpreadsheet();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequestException({ message: msg('imports.noSheet'), errors: { file: msg('imports.hasNoSheet') } });
  if (sheet.actualRowCount > MAX_ROWS + 12) throw tooManyRows();
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    return '';
  }
  return String(value);
}
