export * from './vocabulary';
export * from './uscc';
export * from './names';
export * from './dates';
export * from './relationship';
export * from './api-types';
export * from './annual-report';
