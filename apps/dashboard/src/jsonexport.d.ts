/** The CSV writer react-admin's own exporter uses (ra-core depends on it); it ships no types. */
declare module 'jsonexport/dist' {
  export default function jsonExport(data: unknown, callback: (error: Error | null, csv: string) => void): void;
}
