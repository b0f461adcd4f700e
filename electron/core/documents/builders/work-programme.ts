// The committee's work programme: for each meeting from the pack's onwards, a
// table of the items planned for it under a header giving the date, time and
// report deadline; then the items still to be scheduled.
import type { WorkProgrammeItem } from '../../../../shared/api/methods/work-programme';
import type { Block, DocumentModel, TableRow } from '../model';
import type { WorkProgrammeMeeting, WorkProgrammeSource } from '../sources';
import { bold, cell, heading, lines, longDate, meetingWhen, monthYear, paragraph } from './common';

const COLUMNS = ['Item', 'Purpose of report', 'Lead officer', 'Executive member', 'Comments'] as const;
const COLUMN_WIDTHS = [0.24, 0.28, 0.16, 0.14, 0.18];

/** The work programme document of a committee. */
export function workProgramme(source: WorkProgrammeSource): DocumentModel {
  const month = monthYear(source.asOf);
  return {
    info: { title: source.title, subject: `${source.committee.name} work programme, ${month}`, author: source.authorityName },
    blocks: [
      heading(1, lines([...(source.committee.parentName === null ? [] : [source.committee.parentName]), source.committee.name, `Work Programme – ${month}`])),
      ...source.meetings.map(meetingTable),
      ...(source.meetings.length === 0 ? [paragraph('No further meetings have been arranged.')] : []),
      heading(2, 'Items to be scheduled'),
      table([], source.unscheduled, 'There are no items waiting to be scheduled.'),
    ],
  };
}

/** "Tuesday, 1 December 2026 at 10.00 am (Report deadline Friday, 20 November 2026)". */
function meetingHeader(meeting: WorkProgrammeMeeting): string {
  const deadline = meeting.reportDeadline === null ? '' : ` (Report deadline ${longDate(meeting.reportDeadline)})`;
  return `${meetingWhen(meeting)}${deadline}`;
}

function meetingTable(meeting: WorkProgrammeMeeting): Block {
  const header: TableRow = { cells: [cell([bold(meetingHeader(meeting))], COLUMNS.length)] };
  return table([header], meeting.items, 'No items have been scheduled for this meeting yet.');
}

function table(leadingHeaders: TableRow[], items: readonly WorkProgrammeItem[], whenEmpty: string): Block {
  return {
    type: 'table',
    columnWidths: COLUMN_WIDTHS,
    headerRows: [...leadingHeaders, { cells: COLUMNS.map((column) => cell([bold(column)])) }],
    rows:
      items.length === 0
        ? [{ cells: [cell(whenEmpty, COLUMNS.length)] }]
        : items.map((item) => ({ cells: [cell(item.item), cell(item.purpose), cell(item.leadOfficer), cell(item.executiveMember), cell(item.comments)] })),
  };
}
