// A drafted progress report put on the December agenda goes into the pack
// the way members read it: its cover sheet, numbered sections (3.1, 3.1.1 …)
// with the updates' words, then the plan's table as Appendix 1; and the Word
// edition carries the same words.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../../electron/core/demo/content/action-plan';
import { RECOMMENDATIONS } from '../../../electron/core/demo/content/inspection';
import type { PackBuildResult } from '../../../shared/api/methods/packs';
import type { ProgressReportDraft } from '../../../shared/api/methods/progress-reports';
import { readPdf, type ReadPdf } from '../../helpers/pdf';
import { docxParts } from '../render/docx-readback';
import { openDemoWorkspace, type DemoWorkspace } from './demo-workspace';

let ws: DemoWorkspace;
let draft: ProgressReportDraft;
let built: PackBuildResult;
let pdf: ReadPdf;

/** An update only this report sets out: the hand-written December report shows just each action's latest. */
const lodgings = ENTRIES[6]?.actions[1];
const earlierLodgingsNote = lodgings?.updates.find((update) => update.date === '2026-07-06')?.note ?? 'missing';

beforeAll(async () => {
  ws = await openDemoWorkspace('progress-report-pack');
  draft = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december, agendaItemId: ws.ids.decemberProgressItem });
  built = await ws.call('packs/build', { meetingId: ws.ids.december, edition: 'members', format: 'both', outDir: path.join(ws.dir, 'pack') });
  const file = built.files.find((candidate) => candidate.format === 'pdf');
  pdf = await readPdf(fs.readFileSync(file?.path ?? ''));
}, 120_000);
afterAll(async () => {
  await pdf.destroy();
  ws.close();
});

/** The text of the pages from one bookmark's page up to (not including) another's. */
function pagesBetween(fromTitle: string, toTitle: string): string {
  const from = pdf.bookmarks.find((bookmark) => bookmark.title === fromTitle);
  const to = pdf.bookmarks.find((bookmark) => bookmark.title === toTitle);
  if (!from || !to) throw new Error(`no bookmark ${from ? toTitle : fromTitle}`);
  return pdf.pages.slice(from.page - 1, to.page - 1).map((page) => page.text).join(' ');
}

describe('a drafted progress report in the December pack', () => {
  it('sits on the progress item just before the plan it attaches, which the item already carried', async () => {
    expect(draft.paperIds).toHaveLength(1);
    const meeting = await ws.call('meetings/get', { id: ws.ids.december });
    const item = meeting.agendaItems.find((candidate) => candidate.id === ws.ids.decemberProgressItem);
    const documents = item?.papers.map((paper) => paper.documentId) ?? [];
    expect(documents.indexOf(draft.document.id)).toBe(documents.indexOf(draft.appendix.id) - 1);
    expect(built.warnings).toContain(`Item 4 (Improvement plan: progress report): “${draft.document.title}” is still a draft.`);
    const papers = pdf.bookmarks.filter((bookmark) => bookmark.depth === 1).map((bookmark) => bookmark.title);
    expect(papers.indexOf(draft.appendix.title)).toBe(papers.indexOf(draft.document.title) + 1);
  });

  it('prints the cover sheet and numbered sections, with each recommendation and the words of its updates', () => {
    const report = pagesBetween(draft.document.title, draft.appendix.title);
    expect(report).toContain('Report for Information');
    expect(report).toContain('Report to Improvement Subgroup of the Children and Young People Scrutiny Committee – 1 December 2026');
    expect(report).toMatch(/1\.0 Introduction 1\.1 The Children’s Services Improvement Plan 2025–2027 is the council’s response/);
    expect(report).toMatch(/2\.0 Action plan structure 2\.1 The action plan is divided/);
    expect(report).toContain('3.0 Recommendations: progress, risk and next steps');
    RECOMMENDATIONS.forEach((text, index) => {
      expect(report).toContain(`3.${index + 1} Recommendation ${index + 1}: ${text.split(' ').slice(0, 4).join(' ')}`);
      expect(report).toContain(`3.${index + 1}.1 Strategic lead:`);
    });
    expect(report).toContain(`${lodgings?.description ?? ''} — rated amber on 6 July 2026: ${earlierLodgingsNote}`);
    expect(report).toMatch(/4\.0 Conclusion 4\.1 As at 23 November 2026, the plan has 20 actions/);
  });

  it('is followed by the plan’s table as Appendix 1, as it stood when the agenda went out', () => {
    const appendix = pdf.bookmarks.find((bookmark) => bookmark.title === draft.appendix.title);
    const text = pdf.pages[(appendix?.page ?? 0) - 1]?.text ?? '';
    expect(text).toContain('Appendix 1: Children’s Services Improvement Plan 2025–2027');
    expect(text).toContain('As at 23 November 2026');
    expect(text).toContain('Action Owner Timescale Status RAG Latest progress');
  });

  it('builds the Word edition with the same report', async () => {
    const docx = built.files.find((candidate) => candidate.format === 'docx');
    expect(docx?.size).toBeGreaterThan(10_000);
    const parts = await docxParts(fs.readFileSync(docx?.path ?? ''));
    const text = (parts.get('word/document.xml') ?? '').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(text).toContain('Recommendations: progress, risk and next steps');
    expect(text).toContain(earlierLodgingsNote);
    expect(text).toContain('Action plan structure');
  });
});
