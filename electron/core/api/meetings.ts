import { createAgendaItem, deleteAgendaItemService, draftAgenda, reorderAgendaItemsService, updateAgendaItemService } from '../services/agenda-items';
import {
  cancelMeeting,
  createMeeting,
  deleteMeetingService,
  getMeetingService,
  listMeetingsService,
  reinstateMeeting,
  setMeetingStatus,
  updateMeetingService,
} from '../services/meetings';
import { addPaper, relabelPaper, removePaper, reorderPapersService } from '../services/papers';
import { services, type DomainHandlers } from './handler';

export const meetingHandlers: DomainHandlers<'meetings' | 'agendaItems' | 'papers'> = {
  'meetings/list': (ctx, input) => listMeetingsService(services(ctx), input),
  'meetings/get': (ctx, { id }) => getMeetingService(services(ctx), id),
  'meetings/create': (ctx, input) => createMeeting(services(ctx), input),
  'meetings/update': (ctx, input) => updateMeetingService(services(ctx), input),
  'meetings/setStatus': (ctx, { id, status }) => setMeetingStatus(services(ctx), id, status),
  'meetings/cancel': (ctx, { id, note }) => cancelMeeting(services(ctx), id, note ?? ''),
  'meetings/reinstate': (ctx, { id }) => reinstateMeeting(services(ctx), id),
  'meetings/delete': (ctx, { id }) => deleteMeetingService(services(ctx), id),
  'agendaItems/create': (ctx, input) => createAgendaItem(services(ctx), input),
  'agendaItems/draft': (ctx, { meetingId }) => draftAgenda(services(ctx), meetingId),
  'agendaItems/update': (ctx, input) => updateAgendaItemService(services(ctx), input),
  'agendaItems/reorder': (ctx, { meetingId, ids }) => reorderAgendaItemsService(services(ctx), meetingId, ids),
  'agendaItems/delete': (ctx, { id }) => deleteAgendaItemService(services(ctx), id),
  'papers/add': (ctx, input) => addPaper(services(ctx), input),
  'papers/update': (ctx, { id, label }) => relabelPaper(services(ctx), id, label),
  'papers/reorder': (ctx, { agendaItemId, ids }) => reorderPapersService(services(ctx), agendaItemId, ids),
  'papers/remove': (ctx, { id }) => removePaper(services(ctx), id),
};
