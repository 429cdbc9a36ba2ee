export * from './locale';
export * from './vocabulary';
export * from './uscc';
export * from './dates';
export * from './relationship';
export * from './api-types';
export * from './format';
