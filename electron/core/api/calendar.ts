import {
  addNonWorkingDay,
  getMeetingTimetable,
  listMeetingTimetables,
  listNonWorkingDays,
  removeNonWorkingDay,
} from '../services/calendar';
import { services, type DomainHandlers } from './handler';

export const calendarHandlers: DomainHandlers<'calendar'> = {
  'calendar/nonWorkingDays': (ctx, input) => listNonWorkingDays(services(ctx), input),
  'calendar/addNonWorkingDay': (ctx, input) => addNonWorkingDay(services(ctx), input),
  'calendar/removeNonWorkingDay': (ctx, { date }) => removeNonWorkingDay(services(ctx), date),
  'calendar/meetingTimetable': (ctx, { meetingId }) => getMeetingTimetable(services(ctx), meetingId),
  'calendar/timetables': (ctx, input) => listMeetingTimetables(services(ctx), input),
};
