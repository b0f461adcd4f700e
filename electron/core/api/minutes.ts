import { attendanceFromMembership, setAttendance } from '../services/attendance';
import { addDecision, deleteDecisionService, reorderDecisions, updateDecision } from '../services/decisions';
import { createFollowUp, deleteFollowUpService, listFollowUpsService, updateFollowUpService } from '../services/follow-ups';
import { addMonitorToAgenda } from '../services/recommendations-monitor';
import { addMinuteEntry, deleteMinuteEntryService, getMinutes, reorderMinuteEntries, updateMinuteEntryService } from '../services/minutes';
import { approveMinutes, listApprovingMeetings } from '../services/minutes-approval';
import { startMinutesFromAgenda } from '../services/minutes-from-agenda';
import { services, type DomainHandlers } from './handler';

export const minuteHandlers: DomainHandlers<'minutes' | 'followUps'> = {
  'minutes/get': (ctx, { meetingId }) => getMinutes(services(ctx), meetingId),
  'minutes/addEntry': (ctx, input) => addMinuteEntry(services(ctx), input),
  'minutes/updateEntry': (ctx, input) => updateMinuteEntryService(services(ctx), input),
  'minutes/reorderEntries': (ctx, { meetingId, ids }) => reorderMinuteEntries(services(ctx), meetingId, ids),
  'minutes/deleteEntry': (ctx, { id }) => deleteMinuteEntryService(services(ctx), id),
  'minutes/setAttendance': (ctx, input) => setAttendance(services(ctx), input),
  'minutes/startFromAgenda': (ctx, { meetingId }) => startMinutesFromAgenda(services(ctx), meetingId),
  'minutes/attendanceFromMembership': (ctx, { meetingId }) => attendanceFromMembership(services(ctx), meetingId),
  'minutes/approvingMeetings': (ctx, { meetingId }) => listApprovingMeetings(services(ctx), meetingId),
  'minutes/approve': (ctx, input) => approveMinutes(services(ctx), input),
  'minutes/addDecision': (ctx, { minuteEntryId, text }) => addDecision(services(ctx), minuteEntryId, text),
  'minutes/updateDecision': (ctx, { id, text }) => updateDecision(services(ctx), id, text),
  'minutes/reorderDecisions': (ctx, { minuteEntryId, ids }) => reorderDecisions(services(ctx), minuteEntryId, ids),
  'minutes/deleteDecision': (ctx, { id }) => deleteDecisionService(services(ctx), id),
  'followUps/list': (ctx, input) => listFollowUpsService(services(ctx), input),
  'followUps/create': (ctx, input) => createFollowUp(services(ctx), input),
  'followUps/update': (ctx, input) => updateFollowUpService(services(ctx), input),
  'followUps/delete': (ctx, { id }) => deleteFollowUpService(services(ctx), id),
  'followUps/addMonitorToAgenda': (ctx, { meetingId }) => addMonitorToAgenda(services(ctx), meetingId),
};
