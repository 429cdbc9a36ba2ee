export * from './vocabulary';
export * from './uscc';
export * from './dates';
export * from './relationship';
export * from './api-types';
export * from './permissions';
export * from './password-policy';
