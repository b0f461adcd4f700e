export * from './api/contract';
export * from './api/errors';
export * from './api/types';
export * from './api/bridge';
export * from './format/dates';
export * from './format/sizes';
export * from './version';
