// The recommendations monitor: the committee's follow-ups as a table for its
// next meeting, each against the minute and decision that raised it. Open
// ones are listed until they are closed; a closed one is reported once, at
// the first meeting after it was closed (or at the meeting chosen for it).
// Follow-ups raised in private stay out of the public edition.
import type { FollowUpListing } from '../../../../shared/api/methods/minutes';
import type { Block, DocumentModel, TableCell, TableRow, TextRun } from '../model';
import type { CommitteeSource, Edition } from '../sources';
import { bold, fullCommitteeName, heading, lines, longDate, paragraph, shortDate, text, textBlocks } from './common';

/** What the monitor shows of one follow-up: the listing's fields, nothing else. */
export type MonitorFollowUp = Pick<
  FollowUpListing,
  | 'id'
  | 'meetingId'
  | 'meetingDate'
  | 'minuteReference'
  | 'minuteHeading'
  | 'isMinutePublicExcluded'
  | 'decisionText'
  | 'description'
  | 'ownerName'
  | 'dueDate'
  | 'status'
  | 'completedOn'
  | 'reportedMeetingId'
  | 'notes'
  | 'isOverdue'
  | 'daysOverdue'
>;

/** Where the monitor is going: the meeting (if any) and the committee's meeting before it. */
export type MonitorOccasion = {
  meetingId: number | null;
  /** YYYY-MM-DD of the committee's last meeting before this one; null when there was none. */
  previousMeetingDate: string | null;
  edition: Edition;
};

export type RecommendationsMonitorSource = {
  authorityName: string;
  title: string;
  committee: CommitteeSource;
  /** YYYY-MM-DD: the day the position is given for (overdue is counted to it). */
  asAt: string;
  previousMeetingDate: string | null;
  /** Already chosen with `isOnMonitor`, in the order they were minuted. */
  followUps: MonitorFollowUp[];
};

const COLUMNS = ['Recommendation', 'Action', 'Responsible', 'Due', 'Status and response'] as const;
// Wide enough, with Word's wider cell margins too, for "Responsible", "Improvement" and "December" to wrap only between words.
const COLUMN_WIDTHS = [0.24, 0.23, 0.19, 0.16, 0.18];

/**
 * Whether a follow-up belongs on this monitor: never one raised in private in
 * the public edition; every open one; a closed one when it is to be reported
 * at this meeting, or (with no meeting chosen for it) when it was closed on or
 * after the committee's previous meeting, so it is shown once and then drops off.
 */
export function isOnMonitor(followUp: MonitorFollowUp, occasion: MonitorOccasion): boolean {
  if (occasion.edition === 'public' && followUp.isMinutePublicExcluded) return false;
  if (followUp.status === 'open') return true;
  if (followUp.reportedMeetingId !== null) return followUp.reportedMeetingId === occasion.meetingId;
  if (occasion.previousMeetingDate === null) return true;
  return followUp.completedOn === null || followUp.completedOn >= occasion.previousMeetingDate;
}

/** "Overdue by 1 day", "Overdue by 12 days". */
export function overdueWords(days: number): string {
  return `Overdue by ${String(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** The recommendations monitor document of a committee. */
export function recommendationsMonitor(source: RecommendationsMonitorSource): DocumentModel {
  const committeeName = fullCommitteeName(source.committee);
  const overdue = source.followUps.filter((followUp) => followUp.isOverdue).length;
  return {
    info: { title: source.title, subject: `${source.committee.name} recommendations monitor, ${shortDate(source.asAt)}`, author: source.authorityName },
    blocks: [
      heading(1, lines([...(source.committee.parentName === null ? [] : [source.committee.parentName]), source.committee.name, 'Recommendations monitor'])),
      paragraph(introduction(committeeName, source)),
      ...(overdue > 0 ? [paragraph([bold(`${countWords(overdue)} overdue.`)])] : []),
      {
        type: 'table',
        caption: `Recommendations and actions of the ${source.committee.name}`,
        columnWidths: COLUMN_WIDTHS,
        headerRows: [{ cells: COLUMNS.map((column) => cellOf([paragraph([bold(column)])])) }],
        rows:
          source.followUps.length === 0
            ? [spanning([paragraph('There are no open recommendations or actions, and none has been closed since the last meeting.')])]
            : byMeeting(source.followUps).flatMap(([meetingDate, followUps]) => [spanning([paragraph([bold(`Meeting of ${longDate(meetingDate)}`)])]), ...followUps.map(row)]),
      },
    ],
  };
}

function introduction(committeeName: string, source: RecommendationsMonitorSource): string {
  const since = source.previousMeetingDate === null ? '' : `, and those completed or dropped since the meeting on ${shortDate(source.previousMeetingDate)}`;
  return `Progress on the actions agreed by the ${committeeName}: every action still open${since}. The position is given at ${shortDate(source.asAt)}.`;
}

function countWords(count: number): string {
  return count === 1 ? 'One action is' : `${String(count)} actions are`;
}

/** The follow-ups in runs by the meeting that raised them (they arrive in meeting order). */
function byMeeting(followUps: readonly MonitorFollowUp[]): [string, MonitorFollowUp[]][] {
  const runs: [string, MonitorFollowUp[]][] = [];
  for (const followUp of followUps) {
    const last = runs.at(-1);
    if (last !== undefined && last[0] === followUp.meetingDate) last[1].push(followUp);
    else runs.push([followUp.meetingDate, [followUp]]);
  }
  return runs;
}

/** A row of one cell across the table: the meeting a run of follow-ups came from, or the note that there are none. */
function spanning(content: Block[]): TableRow {
  return { cells: [{ content, columnSpan: COLUMNS.length }] };
}

function row(followUp: MonitorFollowUp): TableRow {
  return {
    cells: [
      cellOf([paragraph([bold(`${followUp.minuteReference} ${followUp.minuteHeading}${followUp.isMinutePublicExcluded ? ' (Public Excluded)' : ''}`)]), ...textBlocks(followUp.decisionText).map(asSmall)]),
      cellOf(textBlocks(followUp.description)),
      cellOf(followUp.ownerName.trim() === '' ? [paragraph('Not assigned')] : [paragraph(followUp.ownerName)]),
      cellOf([paragraph(followUp.dueDate === null ? 'No date set' : shortDate(followUp.dueDate))]),
      cellOf([paragraph(statusOf(followUp)), ...textBlocks(followUp.notes)]),
    ],
  };
}

/** The status in words, never colour: "Open", "Overdue by 12 days", "Done on 16 November 2026". */
function statusOf(followUp: MonitorFollowUp): TextRun[] {
  switch (followUp.status) {
    case 'open':
      return followUp.isOverdue ? [bold(overdueWords(followUp.daysOverdue))] : [text('Open')];
    case 'done':
      return [text(followUp.completedOn === null ? 'Done' : `Done on ${shortDate(followUp.completedOn)}`)];
    case 'dropped':
      return [text(followUp.completedOn === null ? 'Dropped' : `Dropped on ${shortDate(followUp.completedOn)}`)];
  }
}

/** The decision is context for the action beside it, so it is set a size down. */
function asSmall(block: Block): Block {
  return block.type === 'paragraph' ? { ...block, style: 'small' } : block;
}

function cellOf(content: Block[]): TableCell {
  return { content };
}
