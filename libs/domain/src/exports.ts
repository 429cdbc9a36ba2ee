/** The lists the API exports as CSV or XLSX (GET /api/{resource}/export): the server's routes and the dashboard's button. */
export const EXPORTED_RESOURCES = ['enterprises', 'chambers', 'memberships', 'contacts', 'units', 'majors', 'staff', 'meetings', 'outcomes', 'intakes', 'tasks'] as const;
export type ExportedResource = (typeof EXPORTED_RESOURCES)[number];
