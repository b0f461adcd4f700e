// draft-progress-report: the progress report on an action plan, drafted for
// a meeting from the command line with the same engine as the app. The new
// report's id is printed alone on the first line, so a script can read it.
import type { MeetingDetail } from '../../shared/api/methods/meetings';
import type { ProgressReportDraft } from '../../shared/api/methods/progress-reports';
import { longDate, shortDate } from '../../shared/format/dates';
import { call, UsageError, type CommandArgs, type Command } from './command-kit';

/** The options only the report commands take (`meeting` is the pack commands' own). */
export const reportOptions = {
  plan: { type: 'string' },
  item: { type: 'string' },
  since: { type: 'string' },
} as const;

export const reportCommands: Record<string, Command> = {
  'draft-progress-report': {
    usage: 'draft-progress-report --plan ID --meeting ID [--item ID] [--since YYYY-MM-DD]',
    summary: 'Draft the progress report on an action plan for a meeting (and put it on an agenda item); prints its id',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ''}"`);
      const planId = idOption(args, 'plan', 'list-plans shows the plans');
      const meetingId = idOption(args, 'meeting', 'list-meetings shows the meetings');
      const item = stringOption(args, 'item');
      const since = stringOption(args, 'since');
      const draft = await call(ctx, 'progressReports/draft', {
        planId,
        meetingId,
        ...(item === undefined ? {} : { agendaItemId: idOption(args, 'item', '"call meetings/get" shows a meeting’s agenda items') }),
        ...(since === undefined ? {} : { since }),
      });
      if (args.isJson) {
        io.out(JSON.stringify(draft, null, 2));
        return;
      }
      const meeting = await call(ctx, 'meetings/get', { id: meetingId });
      io.out(describeDraft(draft, meeting));
    },
  },
};

function describeDraft(draft: ProgressReportDraft, meeting: MeetingDetail): string {
  const entries = draft.sections.filter((section) => section.key.startsWith('entry:')).length;
  const updates = draft.updateCount ?? 0;
  const period = draft.since === null ? `everything recorded up to ${shortDate(draft.asAt)} (the first report on the plan)` : `progress after ${shortDate(draft.since)} up to ${shortDate(draft.asAt)}`;
  const lines = [
    String(draft.document.id),
    `Drafted “${draft.document.title}” for ${meeting.committeeName} on ${longDate(meeting.meetingDate)}.`,
    `It covers ${period}: ${updates} progress update${updates === 1 ? '' : 's'} in ${draft.sections.length} sections (${entries} on the plan’s entries).`,
    `Appendix: “${draft.appendix.title}” (document ${draft.appendix.id}).`,
  ];
  const item = meeting.agendaItems.find((candidate) => candidate.papers.some((paper) => draft.paperIds.includes(paper.id)));
  if (item === undefined) lines.push('Not yet on an agenda: add it to an item with --item, or in the app.');
  else {
    const added = item.papers.filter((paper) => draft.paperIds.includes(paper.id)).map((paper) => (paper.documentId === draft.document.id ? 'the report' : `the appendix (${paper.label || 'no label'})`));
    const hadAppendix = !draft.paperIds.some((paperId) => item.papers.find((paper) => paper.id === paperId)?.documentId === draft.appendix.id);
    lines.push(`Added to item ${item.position} (“${item.title}”): ${added.join(' and ')}${hadAppendix ? '; the item already carries the appendix' : ''}.`);
  }
  lines.push('The report is a draft: open it in the app to rewrite it before the pack is issued.');
  return lines.join('\n');
}

function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

function idOption(args: CommandArgs, name: string, hint: string): number {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(`draft-progress-report needs --${name} ID (${hint})`);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return number;
}
