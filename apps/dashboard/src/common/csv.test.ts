import { parse } from 'csv-parse/sync';
import jsonExport from 'jsonexport/dist';
import { spreadsheetSafe } from './csv';

const toCsv = (rows: object[]) =>
  new Promise<string>((done, fail) =>
    jsonExport(rows, (error: Error | null, csv: string) => (error ? fail(error) : done(csv))),
  );

describe('CSV export', () => {
  it('makes formula cells text, and leaves ordinary values as they are', async () => {
    const rows = [
      {
        id: 1,
        name: '=HYPERLINK("http://evil.example","click")',
        notes: "+cmd|' /C calc'!A0",
        city: '上海',
        value: -5,
      },
      { id: 2, name: '@SUM(A1:A2)', notes: '-2+3', city: '\t=1+1', value: 12.5 },
      { id: 3, name: 'Plain name', notes: '\r=cmd', city: 'Hangzhou', value: 0, aliases: ['=evil', 'fine'] },
    ];
    const [header, ...cells] = parse(await toCsv(rows.map((row) => spreadsheetSafe(row) as object)), {
      relax_column_count: true,
    }) as string[][];
    const column = (name: string) => cells.map((row) => row[header.indexOf(name)]);
    expect(column('name')).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'@SUM(A1:A2)", 'Plain name']);
    expect(column('notes')).toEqual(["'+cmd|' /C calc'!A0", "'-2+3", "'\r=cmd"]);
    expect(column('city')).toEqual(['上海', "'\t=1+1", 'Hangzhou']);
    expect(column('value')).toEqual(['-5', '12.5', '0']);
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
  });
});
