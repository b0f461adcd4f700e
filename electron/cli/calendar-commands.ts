// timetable: a meeting's statutory dates and the checks on them, from the
// command line. --json prints the API's MeetingTimetable as it is.
import type { MeetingTimetable, TimetableCheckLevel } from '../../shared/api/methods/calendar';
import { longDate } from '../../shared/format/dates';
import { call, UsageError, type CommandArgs, type Command } from './command-kit';
import { table } from './output';

const LEVEL_WORDS: Record<TimetableCheckLevel, string> = { ok: 'OK', warning: 'Warning', missed: 'Missed' };

export const calendarCommands: Record<string, Command> = {
  timetable: {
    usage: 'timetable --meeting ID',
    summary: 'Show a meeting’s report deadline, agenda publication date and private-meeting notice date, with warnings',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const timetable = await call(ctx, 'calendar/meetingTimetable', { meetingId: meetingIdOption(args) });
      io.out(args.isJson ? JSON.stringify(timetable, null, 2) : describeTimetable(timetable));
    },
  },
};

function meetingIdOption(args: CommandArgs): number {
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ''}"`);
  const value = args.options.meeting;
  if (typeof value !== 'string') throw new UsageError('timetable needs --meeting ID (list-meetings shows the ids)');
  const meetingId = Number(value);
  if (!Number.isInteger(meetingId) || meetingId < 1) throw new UsageError(`--meeting must be a meeting's number, not "${value}"`);
  return meetingId;
}


/** The dates in words, then each check with its level. */
export function describeTimetable(timetable: MeetingTimetable): string {
  const dates = table([
    ['Meeting', `${timetable.committeeName}, ${longDate(timetable.meetingDate)} (${timetable.status})`],
    ['Report deadline', timetable.reportDeadline === null ? 'none set' : longDate(timetable.reportDeadline)],
    ['Publish agenda by', longDate(timetable.agendaPublishBy)],
    ['Agenda issued', timetable.agendaIssueDate === null ? 'not yet' : longDate(timetable.agendaIssueDate)],
    ['Private notice by', timetable.privateNoticeBy === null ? 'not needed' : longDate(timetable.privateNoticeBy)],
  ]);
  const width = Math.max(...Object.values(LEVEL_WORDS).map((word) => word.length));
  const checks = timetable.checks.map((check) => `  ${LEVEL_WORDS[check.level].padEnd(width)}  ${check.message}`);
  return [dates, '', 'Checks:', ...checks].join('\n');
}
