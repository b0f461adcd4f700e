import type { MeetingSummary } from '../../shared/api/methods/meetings';
import type { SearchResults } from '../../shared/api/methods/search';
import type { RecentWorkspace, WorkspaceInfo, WorkspaceStatus } from '../../shared/api/types';
import { dateFromIso, formatClockTime, formatDateTime, formatLongDate } from '../../shared/format/dates';
import { formatFileSize } from '../../shared/format/sizes';

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
    `${formatLongDate(dateFromIso(meeting.meetingDate))}${meeting.startTime ? `, ${formatClockTime(meeting.startTime)}` : ''}`,
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
