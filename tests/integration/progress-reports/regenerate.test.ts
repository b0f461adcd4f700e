// Drafting sections of a saved report again: what the author wrote is never
// overwritten without asking, untouched sections follow the plan, and an
// entry added to the plan gets its section in plan order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../shared/api/methods/documents';
import type { RichText, RichTextNode } from '../../../shared/api/schema';
import { openDemoWorkspace, sectionOf, textOf, type DemoWorkspace } from './demo-workspace';

let ws: DemoWorkspace;
let report: Document;
let entryKeys: string[];
let updateCount: number;

beforeAll(async () => {
  ws = await openDemoWorkspace('progress-report-regenerate');
  const draft = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december });
  report = draft.document;
  updateCount = draft.updateCount ?? 0;
  entryKeys = (await ws.call('actionPlans/get', { id: ws.ids.planId })).entries.map((entry) => `entry:${entry.id}`);
}, 60_000);
afterAll(() => { ws.close(); });

const note = (text: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const auditRows = () => ws.ctx.workspace.current().db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'document' AND entity_id = ?").pluck().get(report.id) as number;

/** What the editor does on opening: defaults on every heading and paragraph, which must not count as a change. */
function reopened(body: RichText): RichText {
  const visit = (node: RichTextNode): RichTextNode => ({
    ...node,
    ...(node.type === 'heading' || node.type === 'paragraph' ? { attrs: { textAlign: null, numbered: null, ...node.attrs } } : {}),
    ...(node.content ? { content: node.content.map(visit) } : {}),
  });
  return { type: 'doc', content: body.content.map(visit) };
}

/** The author rewrites the first paragraph after an entry's heading. */
function rewrite(body: RichText, key: string, words: string): RichText {
  const start = body.content.findIndex((node) => node.attrs?.['sectionKey'] === key);
  return { ...body, content: body.content.map((node, index) => (index === start + 1 ? { type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: words }] } : node)) };
}

describe('drafting a report’s sections again', () => {
  it('changes nothing, and saves nothing, when the plan and the report are as drafted', async () => {
    // Reopening in the editor adds defaults; that is not an edit.
    report = await ws.call('documents/update', { id: report.id, body: reopened(report.body) });
    const sections = await ws.call('progressReports/sections', { documentId: report.id });
    expect(sections.every((section) => section.state === 'as_drafted')).toBe(true);
    const audits = auditRows();
    const result = await ws.call('progressReports/regenerate', { documentId: report.id });
    expect(result).toMatchObject({ replaced: [], keptChanged: [] });
    expect(result.document).toEqual(report);
    expect(auditRows()).toBe(audits);
  });

  it('keeps a section the author changed, lists it, and redrafts the others from the plan as it stands', async () => {
    const [first, second] = entryKeys;
    if (!first || !second) throw new Error('no entries');
    const authorsWords = 'The service has gone further than the plan asked: every team now holds a weekly huddle, led by a practice lead.';
    report = await ws.call('documents/update', { id: report.id, body: rewrite(report.body, first, authorsWords) });
    const edited = sectionOf(report.body, first);
    const states = await ws.call('progressReports/sections', { documentId: report.id });
    expect(states.filter((section) => section.state !== 'as_drafted').map((section) => [section.key, section.state])).toEqual([[first, 'changed']]);

    // New progress on an action of each of the first two entries, recorded today and dated before the agenda went out.
    const plan = await ws.call('actionPlans/get', { id: ws.ids.planId });
    for (const [index, words] of [[0, 'Huddles now cover the duty team too.'], [1, 'Programme evaluation received from the university.']] as const) {
      const action = plan.entries[index]?.actions[0];
      if (!action) throw new Error('no action');
      await ws.call('progress/add', { actionId: action.id, updateDate: '2026-11-20', note: note(words), rag: 'green' });
    }

    const result = await ws.call('progressReports/regenerate', { documentId: report.id });
    expect(result.keptChanged.map((section) => [section.key, section.state])).toEqual([[first, 'changed']]);
    expect(result.keptChanged[0]?.heading).toMatch(/^Recommendation 1: /);
    // The introduction counts the updates in the period, so it follows them too.
    expect(result.replaced).toEqual(['introduction', second, 'conclusion']);
    // The author's section is exactly as they left it; the second has the new update; the cover sheet is untouched.
    expect(sectionOf(result.document.body, first)).toEqual(edited);
    expect(sectionOf(result.document.body, second).map(textOf).join('\n')).toContain('Programme evaluation received from the university.');
    expect(sectionOf(result.document.body, 'conclusion').map(textOf).join('\n')).toContain(`${updateCount + 2} progress updates were recorded`);
    expect(result.document.coverSheet).toEqual(report.coverSheet);
    report = result.document;
  });

  it('adds a section for an entry added to the plan, after the last entry and before the conclusion', async () => {
    ws.setNow('2026-11-26T09:30:00Z');
    const entry = await ws.call('planEntries/create', { planId: ws.ids.planId, heading: 'Corporate parenting: member training', strategicLead: 'Ruth Calloway' });
    const key = `entry:${entry.id}`;
    const states = await ws.call('progressReports/sections', { documentId: report.id });
    expect(states.find((section) => section.key === key)).toEqual({ key, heading: 'Corporate parenting: member training', state: 'missing' });

    const result = await ws.call('progressReports/regenerate', { documentId: report.id, keys: [key] });
    expect(result).toMatchObject({ replaced: [key], keptChanged: [] });
    const order = result.document.body.content.filter((node) => typeof node.attrs?.['sectionKey'] === 'string').map((node) => node.attrs?.['sectionKey']);
    expect(order).toEqual(['introduction', 'structure', ...entryKeys, key, 'conclusion']);
    expect(sectionOf(result.document.body, key).map(textOf)).toEqual([
      'Corporate parenting: member training',
      'Strategic lead: Ruth Calloway. No actions have been set for this part of the plan yet.',
    ]);
    report = result.document;
    expect((await ws.call('progressReports/sections', { documentId: report.id })).find((section) => section.key === key)?.state).toBe('as_drafted');
  });

  it('lists a section the author removed and leaves it out, until asked to overwrite', async () => {
    const [first] = entryKeys;
    const structure = sectionOf(report.body, 'structure');
    const start = report.body.content.indexOf(structure[0] ?? { type: 'none' });
    report = await ws.call('documents/update', { id: report.id, body: { ...report.body, content: report.body.content.filter((_node, index) => index < start || index >= start + structure.length) } });

    const kept = await ws.call('progressReports/regenerate', { documentId: report.id, keys: ['structure', first ?? ''] });
    expect(kept.replaced).toEqual([]);
    expect(kept.keptChanged.map((section) => [section.key, section.state])).toEqual([['structure', 'removed'], [first, 'changed']]);
    expect(kept.document.body).toEqual(report.body);

    const overwritten = await ws.call('progressReports/regenerate', { documentId: report.id, keys: ['structure', first ?? ''], overwriteChanged: true });
    expect(overwritten).toMatchObject({ replaced: ['structure', first], keptChanged: [] });
    const firstText = sectionOf(overwritten.document.body, first ?? '').map(textOf).join('\n');
    expect(firstText).not.toContain('The service has gone further than the plan asked');
    expect(firstText).toContain('Huddles now cover the duty team too.');
    expect(overwritten.document.body.content.findIndex((node) => node.attrs?.['sectionKey'] === 'structure')).toBe(sectionOf(overwritten.document.body, 'introduction').length);
    expect((await ws.call('progressReports/sections', { documentId: report.id })).every((section) => section.state === 'as_drafted')).toBe(true);
  });
});
