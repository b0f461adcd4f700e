import { describe, expect, it } from 'vitest';
import { actionPlanTable } from '../../../electron/core/documents/builders/action-plan';
import type { ActionPlanView, PlanAction, PlanEntryView } from '../../../shared/api/methods/action-plans';
import { textOf } from './fixtures';

const stamp = '2026-01-01T00:00:00Z';

function action(id: number, overrides: Partial<PlanAction>): PlanAction {
  return {
    id, entryId: 1, position: id, description: `Action ${id}`, owner: 'Team manager', ownerPersonId: null, dueDate: null, timescaleLabel: '',
    status: 'in_progress', rag: null, archivedAt: null, createdAt: stamp, updatedAt: stamp, latestUpdate: null, isOverdue: false, isChangedSince: false,
    ...overrides,
  };
}

function entry(overrides: Partial<PlanEntryView>): PlanEntryView {
  return {
    id: 1, planId: 1, recommendationId: 1, position: 1, heading: 'Recommendation 1', strategicLead: 'Pat Marsh, Strategic Director', performanceFramework: '',
    partnershipFocus: '', linkPlans: '', governance: '', impactStatement: 'Children get timely assessments.', archivedAt: null, createdAt: stamp, updatedAt: stamp,
    recommendation: { id: 1, number: 1, text: 'Improve the timeliness of assessments.' },
    measures: [{ id: 1, entryId: 1, position: 1, description: 'Assessments on time', target: '90%', currentValue: '86%' }],
    actions: [],
    rag: { red: 0, amber: 0, green: 0, unrated: 0, overall: null },
    ...overrides,
  };
}

const plan: ActionPlanView = {
  id: 1, inspectionId: 1, title: 'Improvement Plan 2025–2027', owner: 'Pat Marsh', startDate: '2025-06-01', archivedAt: null, createdAt: stamp, updatedAt: stamp,
  asAt: '2026-11-23', since: null, overdueCount: 0,
  rag: { red: 1, amber: 1, green: 0, unrated: 1, overall: 'red' },
  entries: [
    entry({
      actions: [
        action(1, { rag: 'amber', timescaleLabel: 'December 2025', latestUpdate: { id: 9, actionId: 1, supersedesId: null, updateDate: '2026-10-19', author: 'LP', rag: 'amber', status: 'in_progress', createdAt: stamp, note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Timeliness is 86%.' }] }] } } }),
        action(2, { rag: 'red', status: 'on_hold', dueDate: '2026-03-31' }),
        action(3, { rag: null, status: 'not_started' }),
      ],
    }),
    entry({ id: 2, recommendation: null, heading: 'Partnership working', measures: [], impactStatement: '', strategicLead: '' }),
  ],
};

describe('actionPlanTable', () => {
  it('gives the date the plan stands at and a heading per recommendation with its lead, measures and impact above the table', () => {
    const { blocks, info } = actionPlanTable({ authorityName: 'Northby Borough Council', title: 'Appendix 1: Improvement Plan 2025–2027', plan });
    const text = textOf(blocks);
    expect(text).toContain('As at 23 November 2026');
    expect(text).toContain('Actions rated red: 1; amber: 1; green: 0; not rated: 1.');
    expect(text).toContain('Recommendation 1: Improve the timeliness of assessments.\nStrategic lead:\nPat Marsh, Strategic Director\nMeasure:\nAssessments on time (target 90%, now 86%)\nImpact:\nChildren get timely assessments.');
    expect(text).toContain('Partnership working');
    expect(info).toEqual({ title: 'Appendix 1: Improvement Plan 2025–2027', subject: 'Improvement Plan 2025–2027, as at 23 November 2026', author: 'Northby Borough Council' });
  });

  it('has a table per entry with a header row and the RAG rating as a word', () => {
    const { blocks } = actionPlanTable({ authorityName: 'Northby', title: 'Plan', plan });
    const tables = blocks.filter((block) => block.type === 'table');
    expect(tables).toHaveLength(2);
    const [first, second] = tables;
    if (first === undefined || second === undefined) throw new Error('expected two tables');
    expect(textOf([{ ...first, rows: [] }])).toBe('Action\nOwner\nTimescale\nStatus\nRAG\nLatest progress');
    expect(first.columnWidths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(1);
    const rows = first.rows.map((row) => textOf(row.cells.flatMap((cell) => cell.content)).split('\n'));
    expect(rows).toEqual([
      ['Action 1', 'Team manager', 'December 2025', 'In progress', 'Amber', '19 October 2026', 'Timeliness is 86%.'],
      ['Action 2', 'Team manager', '31 March 2026', 'On hold', 'Red'],
      ['Action 3', 'Team manager', 'Not started', 'Not rated'],
    ]);
    expect(textOf(second.rows.flatMap((row) => row.cells.flatMap((cell) => cell.content)))).toBe('No actions have been recorded yet.');
  });
});
