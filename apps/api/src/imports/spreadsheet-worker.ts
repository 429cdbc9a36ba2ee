/**
 * The parser of uploaded spreadsheets, run in a worker thread (spreadsheet.ts starts it): parsing
 * an 18 MB CSV or inflating a workbook takes seconds of CPU, which on the event loop would hold
 * every other request, health checks included. Plain JavaScript evaluated from this string, as the
 * reader threads are (database/read-pool.ts), so the webpack bundle needs no second entry; it loads
 * the server's own csv-parse, exceljs and iconv-lite by the absolute paths it is given.
 *
 * It answers `{ rows }` or `{ problem: { code, …values } }`; the server turns a problem into a 4xx
 * in the caller's language, so no message is worded here.
 */
export const SPREADSHEET_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { limits, modules } = workerData;

class Problem extends Error {
  constructor(code, values) { super(code); this.problem = { code, ...values }; }
}

function checkRow(cells, row) {
  if (cells.length > limits.columns) throw new Problem('tooManyColumns', { row });
  for (let index = 0; index < cells.length; index++) {
    if (cells[index].length > limits.cellCharacters) throw new Problem('cellTooLong', { row, column: index + 1 });
  }
  return cells;
}

function decodeText(file) {
  const withoutBom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return require(modules.iconv).decode(withoutBom, 'gb18030');
  }
}

function readCsv(file) {
  // Text files have no NUL and almost no control characters; images, archives and UTF-16 do.
  const head = file.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) throw new Problem('notSpreadsheet');
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  }
  if (controls > head.length / 100) throw new Problem('notSpreadsheet');
  const { parse } = require(modules.csv);
  try {
    // each record is checked as it is read: a sheet of 10,000 columns stops at its first line
    return parse(decodeText(file), {
      relax_column_count: true, relax_quotes: true, skip_empty_lines: true, delimiter: [',', '\\t'], to: limits.rows + 12,
      on_record: (record, context) => checkRow(record, context.lines),
    });
  } catch (error) {
    if (error.problem) throw error;
    throw new Problem('badCsv', { line: error.lines || 1 });
  }
}

/** An XML part of a workbook begins with markup (after a BOM or blanks); zeros or noise are no sheet. */
function startsAsXml(head) {
  const text = head.toString('latin1', 0, 64).replace(/^(\\xef\\xbb\\xbf)?\\s*/, '');
  return text.length === 0 ? head.length < 64 : text[0] === '<';
}

/**
 * The bytes an entry inflates to, counted as they come and never kept, stopping past the budget;
 * an XML part that does not begin as XML is refused at its first bytes (a bomb of zeros is
 * stopped here rather than inflated again, whole, by exceljs).
 */
function inflatedSize(data, budget, xml) {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk) => {
      if (xml && total === 0 && !startsAsXml(chunk)) { inflate.destroy(); reject(new Problem('notSpreadsheet')); return; }
      total += chunk.length;
      if (total > budget) { inflate.destroy(); reject(new Problem('unpacksTooLarge')); }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => reject(new Problem('notSpreadsheet')));
    inflate.end(data);
  });
}

/**
 * The zip's entries, from its central directory: refused when the sizes they declare pass the
 * budget (before inflating anything), then when what they really inflate to does (a declared size
 * may lie, the inflated bytes cannot); exceljs inflates them only after both.
 */
async function boundInflatedSize(zip) {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) throw new Problem('notSpreadsheet');
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const entries = [];
  let declared = 0;
  for (let index = 0; index < count; index++) {
    if (entry + 46 > zip.length || zip.readUInt32LE(entry) !== 0x02014b50) throw new Problem('notSpreadsheet');
    const method = zip.readUInt16LE(entry + 10);
    const compressed = zip.readUInt32LE(entry + 20);
    const size = zip.readUInt32LE(entry + 24);
    const local = zip.readUInt32LE(entry + 42);
    const xml = /\\.(xml|rels)$/i.test(zip.toString('latin1', entry + 46, entry + 46 + zip.readUInt16LE(entry + 28)));
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    // ZIP64 sizes: no sheet small enough to read has them
    if (compressed === 0xffffffff || size === 0xffffffff || local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new Problem('unpacksTooLarge');
    if (method !== 0 && method !== 8) throw new Problem('notSpreadsheet');
    declared += size;
    if (declared > limits.inflatedBytes) throw new Problem('unpacksTooLarge');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ method, xml, data: zip.subarray(start, start + compressed) });
  }
  let total = 0;
  for (const { method, xml, data } of entries) {
    if (method === 0 && xml && !startsAsXml(data.subarray(0, 64))) throw new Problem('notSpreadsheet');
    total += method === 0 ? data.length : await inflatedSize(data, limits.inflatedBytes - total, xml);
    if (total > limits.inflatedBytes) throw new Problem('unpacksTooLarge');
  }
}

function cellText(cell) {
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

async function readWorkbook(file) {
  await boundInflatedSize(file);
  const ExcelJS = require(modules.exceljs);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file);
  } catch {
    throw new Problem('notSpreadsheet');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Problem('noSheet');
  if (sheet.actualRowCount > limits.rows + 12) throw new Problem('tooManyRows');
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.cellCount > limits.columns) throw new Problem('tooManyColumns', { row: number });
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = cellText(cell); });
    rows.push(checkRow(Array.from(cells, (cell) => cell ?? ''), number));
  });
  return rows;
}

async function read(file) {
  if (file.length === 0) throw new Problem('empty');
  const magic = file.length >= 4 ? file.readUInt32BE(0) : 0;
  if (magic === 0x504b0304) return readWorkbook(file);
  if (magic === 0xd0cf11e0) throw new Problem('oldExcel');
  return readCsv(file);
}

parentPort.once('message', (bytes) => {
  read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (rows) => parentPort.postMessage({ rows }),
    (error) => parentPort.postMessage(error.problem ? { problem: error.problem } : { failure: String(error && error.message) }),
  );
});
`;
