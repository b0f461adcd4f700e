import type { DomainHandlers } from './handler';

export const recordHandlers: DomainHandlers<'audit' | 'packs'> = {};
