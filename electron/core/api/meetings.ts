import type { DomainHandlers } from './handler';

export const meetingHandlers: DomainHandlers<'meetings' | 'agendaItems' | 'papers'> = {};
