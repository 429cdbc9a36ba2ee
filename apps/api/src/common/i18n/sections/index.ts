/**
 * The sections of the server's catalogue, one line each. A feature adds its file here
 * (`defineMessages('<name>', en, zh)`) and one export line, in alphabetical order.
 */
export { default as annualReport } from './annual-report';
export { default as auth } from './auth';
export { default as campaign } from './campaign';
export { default as http } from './http';
export { default as imports } from './imports';
export { default as list } from './list';
export { default as merge } from './merge';
export { default as notifications } from './notifications';
export { default as nouns } from './nouns';
export { default as records } from './records';
export { default as registrations } from './registrations';
export { default as resources } from './resources';
export { default as search } from './search';
export { default as security } from './security';
export { default as spreadsheetExport } from './spreadsheet-export';
export { default as validation } from './validation';
export { default as workflow } from './workflow';
