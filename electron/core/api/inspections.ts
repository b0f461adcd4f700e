import type { DomainHandlers } from './handler';

export const inspectionHandlers: DomainHandlers<'inspections' | 'recommendations'> = {};
