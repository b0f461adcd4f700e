import type { MeetingSummary } from '../../shared/api/methods/meetings';
import type { SearchResults } from '../../shared/api/methods/search';
import type { RecentWorkspace, WorkspaceInfo, WorkspaceStatus } from '../../shared/api/types';
import { formatClockTime, formatDateTime, longDate, shortDate } from '../../shared/format/dates';
import { formatFileSize } from '../../shared/format/sizes';
import type { ListPlansJson, PlanStatusJson } from './plan-commands';

/** Aligned "Label: value" lines for people reading a terminal. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`).join('\n');
}

export function describeStatus(status: WorkspaceStatus): string {
  if (!status.isOpen) return 'No workspace is open.';
  return table([
    ['Workspace', `${status.fileName}${status.isDemo ? ' (demo)' : ''}`],
    ['Path', status.path],
    ['Size', formatFileSize(status.sizeBytes)],
    ['Format', `workspace schema ${status.schemaVersion}`],
    ['Created', status.createdAt ? formatDateTime(new Date(status.createdAt)) : 'not recorded'],
    ['Modified', formatDateTime(new Date(status.modifiedAt))],
  ]);
}

export function describeRecent(entries: readonly RecentWorkspace[]): string {
  if (entries.length === 0) return 'No workspaces opened yet.';
  return entries
    .map((entry) => `${formatDateTime(new Date(entry.lastOpenedAt))}  ${entry.path}${entry.exists ? '' : '  (missing)'}`)
    .join('\n');
}

export function describeInfo(info: WorkspaceInfo): string {
  const counts = Object.entries(info.counts).map(([name, count]) => [`  ${name}`, String(count)] as const);
  return table([
    ['Workspace', info.path],
    ['Size', formatFileSize(info.sizeBytes)],
    ['Schema', String(info.schemaVersion)],
    ['Journal', info.journalMode],
    ['Integrity', info.integrity],
    ['Foreign keys', info.foreignKeyProblems === 0 ? 'ok' : `${info.foreignKeyProblems} broken links`],
    ['Rows', ''],
    ...counts,
  ]);
}

/** Hits as lines, with the matched words in [brackets] since a terminal has no highlighting. */
export function describeSearch(results: SearchResults): string {
  if (results.hits.length === 0) return `Nothing found for "${results.query}".`;
  const show = (segments: SearchResults['hits'][number]['snippet']) =>
    segments.map((segment) => (segment.isMatch ? `[${segment.text}]` : segment.text)).join('').replace(/\s+/g, ' ').trim();
  return results.hits
    .map((hit) => {
      const title = show(hit.title);
      return `${hit.kind.replace(/_/g, ' ')} ${hit.id}${title ? `: ${title}` : ''}${hit.context ? `  (${hit.context})` : ''}\n    ${show(hit.snippet)}`;
    })
    .join('\n');
}

/** One line per meeting, in columns: number, date and time, status, committee and the size of its agenda. */
export function describeMeetings(meetings: readonly MeetingSummary[]): string {
  if (meetings.length === 0) return 'No meetings.';
  const rows = meetings.map((meeting) => [
    `#${meeting.id}`,
    `${longDate(meeting.meetingDate)}${meeting.startTime ? `, ${formatClockTime(meeting.startTime)}` : ''}`,
    meeting.status,
    `${meeting.committeeName} (${meeting.itemCount} agenda ${meeting.itemCount === 1 ? 'item' : 'items'})`,
  ]);
  return columns(rows);
}

/** Rows of cells in aligned columns, two spaces apart. */
export function columns(rows: readonly (readonly string[])[]): string {
  const count = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

const STATUS_WORDS = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete', on_hold: 'On hold' } as const;
const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** A table cell that must not stretch its column: long text ends in an ellipsis. */
function clipped(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

const inWords = (isoDate: string | null): string => (isoDate === null ? '' : shortDate(isoDate));

/** An entry's rating at a glance: its worst unfinished action's, or complete when all are done. */
function worstOf(counts: PlanStatusJson['entries'][number]['counts']): string {
  if (counts.red > 0) return 'Red';
  if (counts.amber > 0) return 'Amber';
  if (counts.green > 0) return 'Green';
  if (counts.unrated > 0) return '—';
  return counts.complete > 0 ? 'Complete' : '';
}

/** One line per action plan, in columns under a header: inspection, sizes, RAG counts and overdue actions. */
export function describePlanList(listed: ListPlansJson): string {
  if (listed.plans.length === 0) return 'No action plans.';
  const header = ['ID', 'Plan', 'Inspection', 'Entries', 'Actions', 'Red', 'Amber', 'Green', 'Not rated', 'Overdue'];
  const rows = listed.plans.map((plan) => [
    String(plan.id),
    clipped(plan.title, 50),
    plan.inspection === null ? '—' : clipped(plan.inspection.title, 40),
    String(plan.entries),
    String(plan.actions),
    String(plan.rag.red),
    String(plan.rag.amber),
    String(plan.rag.green),
    String(plan.rag.unrated),
    String(plan.overdue),
  ]);
  return columns([header, ...rows]);
}

/** A plan on one day: a heading, then each entry and its actions in aligned columns, then the totals. */
export function describePlanStatus(status: PlanStatusJson): string {
  const { plan, totals } = status;
  const facts = [`As at ${longDate(status.asAt)}`];
  if (plan.startDate !== null) facts.push(`started ${inWords(plan.startDate)}`);
  if (plan.inspection !== null) facts.push(`answers ${plan.inspection.title}`);
  const rows: string[][] = [['Rec', 'Entry / action', 'Owner', 'Due', 'Status', 'RAG', 'Overdue', 'Last update']];
  for (const entry of status.entries) {
    const overdue = entry.overdue > 0 ? `${entry.overdue} overdue` : '';
    rows.push([entry.recommendationNumber === null ? '—' : String(entry.recommendationNumber), clipped(entry.heading, 48), '', '', '', worstOf(entry.counts), overdue]);
    for (const action of entry.actions) {
      rows.push([
        '',
        `  ${clipped(action.description, 46)}`,
        clipped(action.owner, 28),
        action.dueDate === null ? clipped(action.timescale, 17) : inWords(action.dueDate),
        STATUS_WORDS[action.status],
        action.rag === null ? '—' : RAG_WORDS[action.rag],
        action.isOverdue ? 'overdue' : '',
        inWords(action.lastUpdateDate),
      ]);
    }
  }
  const totalsLine =
    `Totals: ${totals.actions} ${totals.actions === 1 ? 'action' : 'actions'} — ${totals.red} red, ${totals.amber} amber, ${totals.green} green, ` +
    `${totals.complete} complete, ${totals.unrated} not rated; ${totals.overdue} overdue; ${totals.stale} with no update for ${status.staleWeeks} weeks.`;
  return [plan.title, facts.join(' · '), '', columns(rows), '', totalsLine].join('\n');
}
