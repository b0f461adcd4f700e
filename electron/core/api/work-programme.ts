import type { DomainHandlers } from './handler';

export const workProgrammeHandlers: DomainHandlers<'workProgramme'> = {};
