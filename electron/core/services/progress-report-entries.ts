// One section of a progress report per plan entry: the recommendation as its
// heading, how its actions stand, a numbered paragraph for every progress
// update in the period (the action in bold, the rating and date, then the
// owner's own note with its emphasis and links), a line for each action with
// no update, and the measures with their targets.
import type { PlanAction, PlanEntryView, ProgressUpdate } from '../../../shared/api/methods/action-plans';
import type { RichTextNode } from '../../../shared/api/schema';
import { entrySectionKey, markSection, plainText } from '../domain/report-sections';
import type { ReportFacts } from './progress-report-facts';
import { bold, bullets, count, describeCounts, heading, shortDate, numbered, paragraph, ragCountsOf, text } from './progress-report-text';

export type DraftedSection = { key: string; heading: string; nodes: RichTextNode[] };

/** "Recommendation 3: …", or the entry's own heading when it answers no recommendation. */
export function entryHeading(entry: Pick<PlanEntryView, 'heading' | 'recommendation'>): string {
  return entry.recommendation === null ? entry.heading : `Recommendation ${entry.recommendation.number}: ${entry.recommendation.text}`;
}

/** The section on one entry, marked with its key and fingerprint. */
export function draftEntrySection(entry: PlanEntryView, facts: ReportFacts): DraftedSection {
  const nodes: RichTextNode[] = [heading(2, text(entryHeading(entry))), numbered(standing(entry, facts))];
  for (const action of entry.actions) {
    const updates = facts.updates.get(action.id) ?? [];
    if (updates.length === 0) nodes.push(numbered(noUpdate(action, facts)));
    for (const update of updates) nodes.push(...updateNodes(action, update));
  }
  nodes.push(...measureNodes(entry));
  const key = entrySectionKey(entry.id);
  return { key, heading: entryHeading(entry), nodes: markSection(key, nodes) };
}

/** Who leads, and how the entry's actions stand on the day. */
function standing(entry: PlanEntryView, facts: ReportFacts): RichTextNode[] {
  const lead = entry.strategicLead.trim();
  const leadWords = lead === '' ? [] : [...bold('Strategic lead: '), ...text(`${lead.replace(/\.$/, '')}. `)];
  if (entry.actions.length === 0) return [...leadWords, ...text('No actions have been set for this part of the plan yet.')];
  const overdue = entry.actions.filter((action) => action.isOverdue).length;
  const total = entry.actions.length;
  return [
    ...leadWords,
    ...text(`As at ${shortDate(facts.asAt)}, its ${count(total, 'action')} ${total === 1 ? 'stands' : 'stand'} at ${describeCounts(ragCountsOf(entry.actions))}${overdue === 0 ? '' : `, with ${overdue} overdue`}.`),
  ];
}

const STATUS_WORDS = { not_started: 'not started', in_progress: '', complete: 'complete', on_hold: 'on hold' } as const;

/** "rated amber on 16 February 2026", "complete, rated green, on 15 December 2025". */
function ratingWords(update: ProgressUpdate): string {
  const date = shortDate(update.updateDate);
  const bits = [update.status === null ? '' : STATUS_WORDS[update.status], update.rag === null ? '' : `rated ${update.rag}`].filter((bit) => bit !== '');
  if (bits.length === 0) return `update of ${date}`;
  return bits.length === 1 ? `${bits[0] ?? ''} on ${date}` : `${bits.join(', ')}, on ${date}`;
}

/**
 * The update as one numbered paragraph: the note's first paragraph follows
 * the action and rating on the same line; the rest of the note (more
 * paragraphs, lists, tables) follows unnumbered, as written.
 */
function updateNodes(action: PlanAction, update: ProgressUpdate): RichTextNode[] {
  const blocks = noteBlocks(update.note.content);
  const lead = [...bold(action.description.trim()), ...text(` — ${ratingWords(update)}`)];
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return [numbered([...lead, ...text(': '), ...(first.content ?? [])]), ...rest];
  return [numbered([...lead, ...text('.')]), ...blocks];
}

/**
 * The note's blocks as they may sit inside a section: empty paragraphs go,
 * and headings become plain paragraphs, since a heading would start a new
 * numbered section of the report and cut this one short.
 */
function noteBlocks(content: readonly RichTextNode[]): RichTextNode[] {
  return content.flatMap((node): RichTextNode[] => {
    if (node.type === 'heading') return plainText(node).trim() === '' ? [] : [paragraph(node.content ?? [])];
    if (node.type === 'paragraph') return plainText(node).trim() === '' && !(node.content ?? []).some((child) => child.type === 'image') ? [] : [paragraph(node.content ?? [])];
    return [node];
  });
}

function timescaleOf(action: PlanAction): string {
  const label = action.timescaleLabel.trim();
  if (label !== '') return label;
  return action.dueDate === null ? '' : shortDate(action.dueDate);
}

/** An action with no update in the period: one line saying so, and how it stands. */
function noUpdate(action: PlanAction, facts: ReportFacts): RichTextNode[] {
  const timescale = timescaleOf(action);
  if (action.status === 'complete') {
    return [...bold(action.description.trim()), ...text(facts.since === null ? ' — complete.' : ` — complete; no further update since ${shortDate(facts.since)}.`)];
  }
  const gap = facts.since === null ? 'no progress update has been recorded yet.' : `no progress update since ${shortDate(facts.since)}.`;
  const rating = action.rag === null ? 'It is not yet rated' : `It is rated ${action.rag}`;
  const state = `${rating}${action.isOverdue ? ' and overdue' : ''}${timescale === '' ? '' : ` (timescale: ${timescale})`}.`;
  return [...bold(action.description.trim()), ...text(` — ${gap} ${state}`)];
}

function measureNodes(entry: PlanEntryView): RichTextNode[] {
  if (entry.measures.length === 0) return [];
  const lines = entry.measures.map((measure) => {
    const figures = [measure.target.trim() === '' ? '' : `target ${measure.target.trim()}`, measure.currentValue.trim() === '' ? '' : `latest ${measure.currentValue.trim()}`].filter((part) => part !== '');
    return [...bold(measure.description.trim()), ...text(figures.length === 0 ? '' : `: ${figures.join('; ')}`)];
  });
  const intro = entry.measures.length === 1 ? 'The measure of success, with its target and latest value:' : 'The measures of success, with their targets and latest values:';
  return [numbered(text(intro)), bullets(lines)];
}
