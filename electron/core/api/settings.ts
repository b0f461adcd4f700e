import type { DomainHandlers } from './handler';

export const settingsHandlers: DomainHandlers<'settings'> = {};
