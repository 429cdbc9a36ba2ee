import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { msg } from '../common/i18n';
import { nodeRequire } from '../database/read-pool';
import { SPREADSHEET_WORKER } from './spreadsheet-worker';

/** The largest file accepted (multer stops reading past it). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/** Wider than any sheet of records (the widest export has a few dozen columns); 10,000 columns is an attack on the parser. */
export const MAX_COLUMNS = 200;
/** Longer than any field the API takes (notes: 20,000); a cell past it is not a record. */
export const MAX_CELL_CHARACTERS = 32_000;
/**
 * What the parts of an XLSX may inflate to, all together. A real 20 MB workbook inflates to a few
 * times its size; a zip bomb to gigabytes, which exceljs would hold in memory.
 */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Parses at once per server: each may take a core and a few hundred MB; the rest wait their turn by Retry-After. */
export const MAX_PARSES = 2;
/** Seconds a refused upload is told to wait: about what a large parse takes. */
const BUSY_RETRY_SECONDS = 10;
/**
 * Each parse's heap. A 50,000-row workbook reads in well under it; what does not (a sheet that
 * inflates to 199 MB of cells) ends the worker, not the server, and is refused.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

export function tooLarge(message: ReturnType<typeof msg>): HttpException {
  return new HttpException({ message }, HttpStatus.PAYLOAD_TOO_LARGE);
}

export const tooManyRows = () => tooLarge(msg('imports.tooManyRows', { max: MAX_ROWS.toLocaleString('en') }));

/** What the worker reports, as the 4xx the caller reads in their language. */
type Problem =
  | { code: 'empty' | 'oldExcel' | 'notSpreadsheet' | 'noSheet' | 'unpacksTooLarge' | 'tooManyRows' }
  | { code: 'badCsv'; line: number }
  | { code: 'tooManyColumns'; row: number }
  | { code: 'cellTooLong'; row: number; column: number };

function refusal(problem: Problem): HttpException {
  switch (problem.code) {
    case 'empty':
      return new BadRequestException({ message: msg('imports.empty'), errors: { file: msg('imports.isEmpty') } });
    case 'oldExcel':
      return new BadRequestException({ message: msg('imports.oldExcel'), errors: { file: msg('imports.isOldExcel') } });
    case 'notSpreadsheet':
      return new BadRequestException({
        message: msg('imports.notSpreadsheet'),
        errors: { file: msg('imports.isNotSpreadsheet') },
      });
    case 'noSheet':
      return new BadRequestException({ message: msg('imports.noSheet'), errors: { file: msg('imports.hasNoSheet') } });
    case 'badCsv':
      return new BadRequestException({
        message: msg('imports.badCsv', { line: problem.line }),
        errors: { file: msg('imports.isBadCsv') },
      });
    case 'unpacksTooLarge':
      // the file itself is small: what is wrong is its content, a 400 like any other unreadable sheet
      return new BadRequestException({
        message: msg('imports.unpacksTooLarge', { max: Math.round(MAX_INFLATED_BYTES / 1024 / 1024) }),
        errors: { file: msg('imports.isNotSpreadsheet') },
      });
    case 'tooManyRows':
      return tooManyRows();
    case 'tooManyColumns':
      return new BadRequestException({
        message: msg('imports.tooManyColumns', { max: MAX_COLUMNS, row: problem.row }),
        errors: { file: msg('imports.isTooWide', { max: MAX_COLUMNS }) },
      });
    case 'cellTooLong':
      return new BadRequestException({
        message: msg('imports.cellTooLong', {
          max: MAX_CELL_CHARACTERS.toLocaleString('en'),
          row: problem.row,
          column: problem.column,
        }),
        errors: { file: msg('imports.hasLongCell', { max: MAX_CELL_CHARACTERS.toLocaleString('en') }) },
      });
  }
}

let parsing = 0;

/**
 * The cells of the file's first sheet as text, row by row (CSV in UTF-8, with or without BOM, or
 * GB18030/GBK; or XLSX), read on a worker thread of its own with a bounded heap, so that no file
 * holds the event loop or grows the server past its memory; at most MAX_PARSES at once (429 with
 * Retry-After beyond). The file's memory is handed to the worker: read nothing of it afterwards.
 */
export async function readSpreadsheet(file: Buffer): Promise<string[][]> {
  if (parsing >= MAX_PARSES) {
    throw new HttpException(
      { message: msg('imports.busy', { seconds: BUSY_RETRY_SECONDS }), retryAfter: BUSY_RETRY_SECONDS },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
  parsing++;
  try {
    return await parseOnWorker(file);
  } finally {
    parsing--;
  }
}

function parseOnWorker(file: Buffer): Promise<string[][]> {
  const modules = {
    csv: nodeRequire.resolve('csv-parse/sync'),
    exceljs: nodeRequire.resolve('exceljs'),
    iconv: nodeRequire.resolve('iconv-lite'),
  };
  const limits = {
    rows: MAX_ROWS,
    columns: MAX_COLUMNS,
    cellCharacters: MAX_CELL_CHARACTERS,
    inflatedBytes: MAX_INFLATED_BYTES,
  };
  const worker = new Worker(SPREADSHEET_WORKER, {
    eval: true,
    workerData: { modules, limits },
    resourceLimits: WORKER_LIMITS,
  });
  return new Promise<string[][]>((done, fail) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.once('message', (answer: { rows?: string[][]; problem?: Problem; failure?: string }) =>
      settle(() =>
        answer.rows
          ? done(answer.rows)
          : answer.problem
            ? fail(refusal(answer.problem))
            : fail(new Error(answer.failure)),
      ),
    );
    // out of its heap: the file is more than a worker may hold, which is the file's fault, not the server's
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(msg('imports.tooLargeToRead')) : error)),
    );
    worker.once('exit', () => settle(() => fail(new Error('The spreadsheet reader stopped without an answer.'))));
    // handed over without a copy (18 MB copied and cloned cost the event loop ~130 ms) when the upload
    // owns its memory, as multer's buffers do; a slice of a shared pool is copied. Either way the
    // caller must not read `file` afterwards.
    const owned =
      file.byteOffset === 0 && file.byteLength === file.buffer.byteLength && file.buffer instanceof ArrayBuffer;
    const bytes = owned ? new Uint8Array(file.buffer) : new Uint8Array(file);
    worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  });
}
