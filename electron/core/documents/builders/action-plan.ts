// The action plan as a table per recommendation, as it stood on a date: who
// leads, how success is measured, then every action with its owner,
// timescale, status, RAG rating (as a word: colour alone tells nothing to a
// screen reader or a black-and-white printer) and latest progress.
import type { ActionStatus, PlanAction, PlanEntryView } from '../../../../shared/api/methods/action-plans';
import type { Rag } from '../../../../shared/api/schema';
import { richTextToBlocks } from '../rich-text';
import type { Block, DocumentModel, TableRow } from '../model';
import type { ActionPlanSource } from '../sources';
import { bold, cell, heading, paragraph, shortDate, text } from './common';

const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

const STATUS_WORDS: Record<ActionStatus, string> = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete', on_hold: 'On hold' };

const COLUMNS = ['Action', 'Owner', 'Timescale', 'Status', 'RAG', 'Latest progress'] as const;
const COLUMN_WIDTHS = [0.18, 0.16, 0.15, 0.15, 0.1, 0.26];

/** "Red", "Amber", "Green" or "Not rated". */
export const ragWord = (rag: Rag | null): string => (rag === null ? 'Not rated' : RAG_WORDS[rag]);

/** The action plan document. */
export function actionPlanTable(source: ActionPlanSource): DocumentModel {
  const { plan } = source;
  const asAt = shortDate(plan.asAt);
  const { red, amber, green, unrated } = plan.rag;
  return {
    info: { title: source.title, subject: `${plan.title}, as at ${asAt}`, author: source.authorityName },
    blocks: [
      heading(1, source.title),
      ...(source.title.includes(plan.title) ? [] : [paragraph(plan.title, 'subtitle')]),
      paragraph([bold(`As at ${asAt}`)]),
      ...(plan.owner.trim() === '' ? [] : [paragraph(`Plan owner: ${plan.owner.trim()}`)]),
      paragraph(`Actions rated red: ${red}; amber: ${amber}; green: ${green}; not rated: ${unrated}.`),
      ...plan.entries.flatMap(entryBlocks),
    ],
  };
}

function entryHeading(entry: PlanEntryView): string {
  return entry.recommendation === null ? entry.heading : `Recommendation ${entry.recommendation.number}: ${entry.recommendation.text}`;
}

function entryBlocks(entry: PlanEntryView): Block[] {
  const facts: { key: string; value: Block[] }[] = [];
  if (entry.strategicLead.trim() !== '') facts.push({ key: 'Strategic lead', value: [paragraph(entry.strategicLead.trim())] });
  if (entry.measures.length > 0) {
    facts.push({
      key: entry.measures.length === 1 ? 'Measure' : 'Measures',
      value: [{ type: 'list', isOrdered: false, items: entry.measures.map((measure) => [paragraph(measureLine(measure))]) }],
    });
  }
  if (entry.impactStatement.trim() !== '') facts.push({ key: 'Impact', value: [paragraph(entry.impactStatement.trim())] });
  return [
    heading(2, entryHeading(entry)),
    ...(facts.length > 0 ? [{ type: 'keyValue', rows: facts } as const] : []),
    {
      type: 'table',
      columnWidths: COLUMN_WIDTHS,
      headerRows: [{ cells: COLUMNS.map((column) => cell([bold(column)])) }],
      rows: entry.actions.length > 0 ? entry.actions.map(actionRow) : [{ cells: [cell('No actions have been recorded yet.', COLUMNS.length)] }],
    },
  ];
}

function measureLine(measure: PlanEntryView['measures'][number]): string {
  const target = measure.target.trim() === '' ? '' : `target ${measure.target.trim()}`;
  const current = measure.currentValue.trim() === '' ? '' : `now ${measure.currentValue.trim()}`;
  const figures = [target, current].filter((part) => part !== '').join(', ');
  return figures === '' ? measure.description.trim() : `${measure.description.trim()} (${figures})`;
}

function actionRow(action: PlanAction): TableRow {
  const timescale = action.timescaleLabel.trim() !== '' ? action.timescaleLabel.trim() : action.dueDate === null ? '' : shortDate(action.dueDate);
  const update = action.latestUpdate;
  const progress: Block[] = update === null ? [] : [paragraph([bold(shortDate(update.updateDate))]), ...richTextToBlocks(update.note, { isNumbered: false, headingOffset: 2 })];
  return {
    cells: [
      cell(action.description),
      cell(action.owner),
      cell(timescale),
      cell(STATUS_WORDS[action.status]),
      cell([text(ragWord(action.rag))]),
      { content: progress },
    ],
  };
}
