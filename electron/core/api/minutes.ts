import type { DomainHandlers } from './handler';

export const minuteHandlers: DomainHandlers<'minutes' | 'followUps'> = {};
