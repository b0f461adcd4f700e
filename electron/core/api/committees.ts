import type { DomainHandlers } from './handler';

export const committeeHandlers: DomainHandlers<'committees' | 'memberships'> = {};
