import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { services } from '../../../electron/core/api/handler';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { itemStartAnchor } from '../../../electron/core/documents/anchors';
import type { Block, DocumentModel, Inline } from '../../../electron/core/documents/model';
import { CoreError } from '../../../electron/core/errors';
import { silentLogger } from '../../../electron/core/logger';
import { agendaModel, documentModel, houseStyleOf, type ModelContext } from '../../../electron/core/services/document-models';
import type { ServiceContext } from '../../../electron/core/services/unit-of-work';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { AgendaItemWithPapers, MeetingDetail } from '../../../shared/api/methods/meetings';
import { makeTempDir } from '../../helpers/temp';
import { inlineText, modelText } from './model-text';

const dir = makeTempDir('document-models');
let ctx: CoreContext;
let sc: ServiceContext;
let december: MeetingDetail;
let july: MeetingDetail;
let withPages: Set<number>;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  sc = services(ctx);
  const meetings = await call('meetings/list', {});
  const byDate = (date: string) => {
    const found = meetings.find((meeting) => meeting.meetingDate === date);
    if (!found) throw new Error(`The demo has no meeting on ${date}.`);
    return call('meetings/get', { id: found.id });
  };
  december = await byDate('2026-12-01');
  july = await byDate('2026-07-14');
  withPages = new Set(december.agendaItems.filter((item) => item.papers.length > 0).map((item) => item.id));
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function itemOf(kind: AgendaItemWithPapers['kind'], isExempt = false): AgendaItemWithPapers {
  const item = december.agendaItems.find((candidate) => candidate.kind === kind && candidate.isExempt === isExempt);
  if (!item) throw new Error(`The December agenda has no ${kind} item.`);
  return item;
}

function documentIdsOf(kind: string): number[] {
  return december.agendaItems.flatMap((item) => item.papers.flatMap((paper) => (paper.kind === 'document' && paper.document.kind === kind ? [paper.documentId] : [])));
}

function onlyDocument(kind: string): number {
  const [id] = documentIdsOf(kind);
  if (id === undefined) throw new Error(`The December agenda has no ${kind} paper.`);
  return id;
}

function allInlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block): Inline[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return block.content;
      case 'list':
        return block.items.flatMap(allInlines);
      case 'table':
        return [...block.headerRows, ...block.rows].flatMap((row) => row.cells.flatMap((cell) => allInlines(cell.content)));
      case 'keyValue':
        return block.rows.flatMap((row) => allInlines(row.value));
      default:
        return [];
    }
  });
}

const context = (edition: ModelContext['edition'], meetingId: number | null = december.id): ModelContext => ({ meetingId, edition, buildDate: '2026-11-22' });
const agenda = (edition: 'public' | 'members') => agendaModel(sc, december.id, { edition, kind: 'main', itemsWithPages: withPages, buildDate: '2026-11-22' });

describe('document models of the demo’s December meeting', () => {
  it('reads the house style from settings', () => {
    expect(houseStyleOf(sc)).toEqual({ fontFamily: 'Liberation Sans', bodySizePt: expect.any(Number) as number, accentColour: '#1D4F6E' });
  });

  it('the public agenda shows the exempt item by title and notice only; the members’ agenda shows it all', () => {
    const exempt = itemOf('report', true);
    const publicText = modelText(agenda('public'));
    const membersText = modelText(agenda('members'));
    for (const text of [publicText, membersText]) {
      expect(text).toContain(exempt.title);
      expect(text).toContain('This item contains exempt information and is not for publication. Ground for exemption: Paragraph 3 of Part 1 of Schedule 12A');
      expect(text).toContain('This agenda was issued on **Monday, 23 November 2026**');
      expect(text).toContain('**Councillors** – Ashworth (Chair), Haverley (Vice-Chair), Mbeki-Roberts, Pritchard and Qadir');
    }
    expect(publicText).toContain(`P: ${exempt.position}. **${exempt.title}**\nP (notice): `);
    expect(publicText).not.toContain(exempt.summary);
    expect(publicText).not.toContain(itemStartAnchor(exempt.id));
    expect(publicText.match(/Report of the Head of Commissioning \(Children\)/g)).toHaveLength(1); // the to-follow item's, not the exempt one's
    expect(membersText).toContain(exempt.summary);
    expect(membersText.match(/Report of the Head of Commissioning \(Children\)/g)).toHaveLength(2);
    expect(publicText).toContain(itemOf('exclusion_of_public').summary);
    expect(publicText).toContain('5. **Care leavers’ accommodation** – to follow');
  });

  it('gives page ranges and links only to the items whose papers are in the edition', () => {
    const exempt = itemOf('report', true);
    const rangesOf = (model: DocumentModel) => allInlines(model.blocks).flatMap((inline) => (inline.type === 'pageRange' ? [inline.from] : []));
    expect(new Set(rangesOf(agenda('members')))).toEqual(new Set([...withPages].map(itemStartAnchor)));
    expect(new Set(rangesOf(agenda('public')))).toEqual(new Set([...withPages].filter((id) => id !== exempt.id).map(itemStartAnchor)));
    const onlyOne = agendaModel(sc, december.id, { edition: 'members', kind: 'main', itemsWithPages: new Set([itemOf('minutes').id]), buildDate: '2026-11-22' });
    expect(rangesOf(onlyOne)).toEqual([itemStartAnchor(itemOf('minutes').id)]);
    expect(allInlines(onlyOne.blocks).filter((inline) => inline.type === 'link' && inline.anchor !== undefined)).toHaveLength(1);
  });

  it('makes a model of every paper of the meeting in both editions, refusing only the exempt report in the public one', () => {
    const exemptIds = new Set(itemOf('report', true).papers.flatMap((paper) => (paper.documentId === null ? [] : [paper.documentId])));
    const documentIds = december.agendaItems.flatMap((item) => item.papers.flatMap((paper) => (paper.documentId === null ? [] : [paper.documentId])));
    expect(documentIds.length).toBeGreaterThanOrEqual(6);
    for (const documentId of documentIds) {
      const members = documentModel(sc, documentId, context('members'));
      expect(members.blocks.length).toBeGreaterThan(1);
      expect(members.info.author).toBe('Castlemere City Council');
      if (exemptIds.has(documentId)) {
        expect(members.info.notForPublication).toBe('Not for publication: Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972');
        expect(() => documentModel(sc, documentId, context('public'))).toThrow(CoreError);
        continue;
      }
      expect(members.info.notForPublication).toBeUndefined();
      const publicText = modelText(documentModel(sc, documentId, context('public')));
      expect(publicText).not.toContain('Brackenford');
      expect(publicText).not.toContain('£265,000');
    }
  });

  it('makes the minutes from the July meeting, with its references, partial attendance and decisions', () => {
    const text = modelText(documentModel(sc, onlyDocument('minutes'), context('public')));
    expect(text).toContain('H1: Children and Young People Scrutiny Committee – Improvement Subgroup');
    expect(text).toContain('P (subtitle): Minutes of the meeting held on 14 July 2026');
    expect(text).toContain('P: Councillor Ashworth – in the Chair');
    expect(text).toContain('Pritchard [CYP/IMP/26/1 - CYP/IMP/26/3]');
    expect(text).toContain('P: Mrs H Dunmore, Parent governor representative');
    expect([...text.matchAll(/^H2: (CYP\/IMP\/26\/\d+) {3}/gm)].map((match) => match[1])).toEqual(['CYP/IMP/26/1', 'CYP/IMP/26/2', 'CYP/IMP/26/3', 'CYP/IMP/26/4', 'CYP/IMP/26/5']);
    expect(text).toContain('H3: Decisions\nOL');
    expect(text).toContain('That a report on placement sufficiency');
  });

  it('refuses minutes when no earlier meeting has any, saying what to do', () => {
    expect(() => documentModel(sc, onlyDocument('minutes'), context('members', july.id))).toThrow(/add the minutes of the last meeting, or remove this paper/i);
  });

  it('makes the action plan as it stood when the agenda was issued, rating every action in words', async () => {
    const model = documentModel(sc, onlyDocument('action_plan'), context('members'));
    const text = modelText(model);
    expect(text).toContain('P: **As at 23 November 2026**');
    const plan = await call('actionPlans/get', { id: (await call('documents/get', { id: onlyDocument('action_plan') })).actionPlanId ?? 0, asAt: '2026-11-23' });
    const tables = model.blocks.filter((block) => block.type === 'table');
    expect(tables).toHaveLength(plan.entries.length);
    expect(tables.map((table) => table.rows.length)).toEqual(plan.entries.map((entry) => Math.max(entry.actions.length, 1)));
    for (const table of tables) {
      expect(inlineText(allInlines(table.headerRows[0]?.cells[4]?.content ?? []))).toBe('**RAG**');
      for (const row of table.rows) expect(['Red', 'Amber', 'Green', 'Not rated']).toContain(inlineText(allInlines(row.cells[4]?.content ?? [])));
    }
    expect(text).toMatch(/\n {6}P: Red\n/);
    expect(text).toContain('H2: Recommendation 1: ');
  });

  it('makes the terms of reference for 2026/27 with the year’s membership and schedule of meetings', () => {
    const text = modelText(documentModel(sc, onlyDocument('terms_of_reference'), context('public')));
    expect(text).toContain('**Membership 2026/27**');
    expect(text).toContain('Councillors Ashworth (Chair), Haverley (Vice-Chair), Mbeki-Roberts, Pritchard and Qadir, and Mrs H Dunmore and Mr I Coleman (co-opted)');
    expect(text).not.toContain('Lowther');
    expect(text).toContain('P: Councillor Fairbairn – Executive Member for Children and Families');
    expect(text).toContain('P: Tuesday, 14 July 2026 at 10.00 am\n');
    expect(text).toContain('P: Tuesday, 1 December 2026 at 10.00 am');
  });

  it('makes the work programme from the December meeting on, with its report deadline, then the items to be scheduled', () => {
    const text = modelText(documentModel(sc, onlyDocument('work_programme'), context('public')));
    expect(text).toContain('Work Programme – December 2026');
    expect(text).toContain('**Tuesday, 1 December 2026 at 10.00 am (Report deadline Friday, 20 November 2026)**');
    expect(text).not.toContain('14 July 2026 at 10.00 am');
    expect(text).toContain('H2: Items to be scheduled');
    expect(text.indexOf('Care leavers’ accommodation')).toBeLessThan(text.indexOf('Items to be scheduled'));
    expect(text.slice(text.indexOf('Items to be scheduled'))).toContain('Annual report of the Independent Reviewing Officer service');
  });

  it('makes the progress report with its cover sheet, a page break and the numbered body', () => {
    const progress = itemOf('report');
    const reportId = progress.papers.find((paper) => paper.kind === 'document' && paper.document.kind === 'report')?.documentId ?? 0;
    const model = documentModel(sc, reportId, context('public'));
    const text = modelText(model);
    expect(text).toContain('H1: Castlemere City Council / Report for Information');
    expect(text).toContain('KV Report to:\n  P: Improvement Subgroup – 1 December 2026');
    expect(text).toContain('mailto:ruth.calloway@castlemere.example');
    const pageBreak = model.blocks.findIndex((block) => block.type === 'pageBreak');
    expect(model.blocks[pageBreak + 1]).toMatchObject({ type: 'heading', level: 1, numbering: 0, content: [{ text: 'Introduction' }] });
    expect(model.blocks.filter((block) => block.type === 'paragraph' && block.numbering !== undefined).length).toBeGreaterThan(10);
  });

  it('refuses an action plan paper that names no plan', async () => {
    const orphan = await call('documents/create', { kind: 'action_plan', title: 'Plan with no plan', status: 'final' });
    expect(() => documentModel(sc, orphan.id, context('members'))).toThrow(/no action plan is chosen/);
    expect(() => documentModel(sc, orphan.id, context('members', null))).toThrow(/no action plan is chosen/);
  });
});
