import type { DomainHandlers } from './handler';

export const actionPlanHandlers: DomainHandlers<'actionPlans' | 'planEntries' | 'measures' | 'actions' | 'progress'> = {};
