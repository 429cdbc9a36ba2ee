import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter } from 'react-admin';

/**
 * A cell a spreadsheet would read as a formula (=HYPERLINK(…), +cmd|' /C calc'!A0, @SUM(…)) or
 * whose leading tab or carriage return hides one: a leading apostrophe makes it text, as OWASP
 * recommends for CSV injection. Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (Array.isArray(value)) return value.map(spreadsheetSafe);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spreadsheetSafe(inner)]));
  }
  return value;
}

/** react-admin's CSV export, with every text cell made safe to open in Excel or WPS. */
export const safeExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) =>
  new Promise<void>((done, fail) =>
    jsonExport(records.map(spreadsheetSafe), (error: Error | null, csv: string) => {
      if (error) return fail(error);
      downloadCSV(csv, resource ?? 'export');
      done();
    }),
  );
