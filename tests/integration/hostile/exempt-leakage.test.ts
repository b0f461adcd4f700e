// Issue 9.5: nothing exempt reaches the public. For every meeting of the demo
// workspace, and for a meeting built to carry exempt material in every place
// it can be, the public edition is built in every format (PDF and Word, main
// and supplementary packs) and every piece of text is pulled out of it: page
// text by two readers, bookmarks, links, metadata, embedded files, every
// string in the PDF's objects, every part of the Word package and their
// names. No canary may be found there; each printed canary must be found in
// the members' edition, so a canary that never prints cannot make the test pass.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { MeetingDetail } from '../../../shared/api/methods/meetings';
import type { PackBuildResult, PackEdition, PackFormat, PackKind } from '../../../shared/api/methods/packs';
import type { RichTextNode } from '../../../shared/api/schema';
import { makeDocx } from '../../helpers/files';
import { docxText, findAll, missing, normalised, pdfText, type TextSource } from '../../helpers/pack-text';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';

type Call = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** One built file's text, by edition, format and kind. */
type PackTexts = { kind: PackKind; edition: PackEdition; format: PackFormat; sources: TextSource[] };

const tally = { meetings: 0, files: 0, canaryChecks: 0 };

function caller(ctx: CoreContext): Call {
  return async (method, input) => {
    const outcome = await invoke(ctx, method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
    return outcome.value as never;
  };
}

/** Builds a meeting's main pack, and its supplementary pack when it has one, in both editions and formats, and reads all their text. */
async function buildAndRead(call: Call, meeting: MeetingDetail, outDir: string): Promise<PackTexts[]> {
  const kinds: PackKind[] = meeting.agendaItems.some((item) => item.isToFollow && item.papers.length > 0) ? ['main', 'supplementary'] : ['main'];
  const texts: PackTexts[] = [];
  for (const kind of kinds) {
    const built: PackBuildResult = await call('packs/build', { meetingId: meeting.id, kind, edition: 'both', format: 'both', outDir: path.join(outDir, kind) });
    for (const file of built.files) {
      const bytes = new Uint8Array(fs.readFileSync(file.path ?? ''));
      // The file's own name is text the public sees too.
      const name: TextSource = { where: 'file name', text: file.fileName };
      const sources = file.format === 'pdf' ? await pdfText(bytes) : await docxText(bytes);
      texts.push({ kind, edition: file.edition, format: file.format, sources: [name, ...sources] });
    }
  }
  tally.files += texts.length;
  return texts;
}

/** The text runs of a rich-text body, each of a useful length, as written. */
function richTextRuns(node: RichTextNode | undefined, minimum = 12): string[] {
  if (node === undefined) return [];
  const own = node.text !== undefined && normalised(node.text).length >= minimum ? [normalised(node.text)] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => richTextRuns(child, minimum))];
}

/** Everything written for an exempt item that its public agenda line does not show: summary, report author, and all of its papers. */
async function exemptMaterial(call: Call, meeting: MeetingDetail): Promise<string[]> {
  const strings: string[] = [];
  for (const item of meeting.agendaItems.filter((candidate) => candidate.isExempt)) {
    strings.push(item.summary, item.reportOf);
    for (const paper of item.papers) {
      strings.push(paper.label);
      if (paper.kind === 'document') {
        const document = await call('documents/get', { id: paper.documentId });
        const cover = document.coverSheet;
        strings.push(document.title, document.author, cover.subject ?? '', cover.summary ?? '', cover.reportOf ?? '', cover.wardsAffected ?? '');
        strings.push(...(cover.recommendations ?? []), ...(cover.backgroundDocuments ?? []));
        strings.push(...(cover.contactOfficers ?? []).flatMap((officer) => [officer.name, officer.email]));
        strings.push(...richTextRuns(document.body));
      } else {
        const attachment = await call('attachments/get', { id: paper.attachmentId });
        strings.push(attachment.fileName, attachment.description);
      }
    }
  }
  return strings.map(normalised).filter((text) => text.length >= 6);
}

/** What the minutes printed in the pack recorded with the public excluded: discussion, decisions and their follow-ups. */
async function publicExcludedMinutes(call: Call, meeting: MeetingDetail): Promise<string[]> {
  if (!meeting.agendaItems.some((item) => item.papers.some((paper) => paper.kind === 'document' && paper.document.kind === 'minutes'))) return [];
  const earlier = (await call('meetings/list', { committeeId: meeting.committeeId, to: meeting.meetingDate })).filter((candidate) => candidate.meetingDate < meeting.meetingDate);
  const strings: string[] = [];
  for (const candidate of earlier) {
    const minutes = await call('minutes/get', { meetingId: candidate.id });
    for (const entry of minutes.entries.filter((each) => each.isPublicExcluded)) {
      strings.push(...richTextRuns(entry.discussion));
      for (const decision of entry.decisions) strings.push(decision.text, ...decision.followUps.flatMap((followUp) => [followUp.description, followUp.notes]));
    }
  }
  return strings.map(normalised).filter((text) => text.length >= 12);
}

const textOf = (sources: readonly TextSource[]): string => sources.map((source) => source.text).join('\n');

/**
 * The members' PDF text outside the exempt items' own pages: what the public
 * may read. A string printed there is not exempt material (an officer wrote
 * it in a public paper too), so it is not a canary.
 */
async function membersPublicPart(meeting: MeetingDetail, texts: readonly PackTexts[], file: (kind: PackKind) => string): Promise<string> {
  const parts: string[] = [];
  for (const { kind } of texts.filter((text) => text.edition === 'members' && text.format === 'pdf')) {
    const pdf = await readPdf(fs.readFileSync(file(kind)));
    const items = pdf.bookmarks.filter((bookmark) => bookmark.depth === 0);
    const exemptStarts = new Set(meeting.agendaItems.filter((item) => item.isExempt).map((item) => `${String(item.position)}. ${item.title}`));
    const privatePages = new Set<number>();
    items.forEach((bookmark, index) => {
      if (!exemptStarts.has(bookmark.title)) return;
      const end = items[index + 1]?.page ?? pdf.pageCount + 1;
      for (let page = bookmark.page; page < end; page += 1) privatePages.add(page);
    });
    parts.push(...pdf.pages.filter((_, index) => !privatePages.has(index + 1)).map((page) => page.text));
    await pdf.destroy();
  }
  return normalised(parts.join('\n'));
}

/** Words of eight letters or more in the exempt material that the public part never uses: each is a canary on its own. */
function uniqueWords(strings: readonly string[], publicPart: string): string[] {
  const publicWords = new Set(publicPart.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []);
  const words = strings.flatMap((text) => text.match(/[\p{L}’'-]{8,}/gu) ?? []);
  return [...new Set(words)].filter((word) => !publicWords.has(word.toLowerCase()));
}

/** Fails with every canary found in a public file, naming the file part it was found in. */
function expectNoLeaks(label: string, texts: readonly PackTexts[], canaries: readonly string[], words: readonly string[] = []): void {
  const leaks = texts
    .filter((text) => text.edition === 'public')
    .flatMap((text) => findAll(text.sources, canaries, words).map((leak) => `${text.kind} ${text.format}, ${leak.where}: “${leak.needle}”`));
  tally.canaryChecks += (canaries.length + words.length) * texts.filter((text) => text.edition === 'public').length;
  expect(leaks, `${label}: exempt text in the public edition`).toEqual([]);
}

describe('every meeting of the demo workspace', () => {
  const dir = makeTempDir('exempt-leakage-demo');
  let ctx: CoreContext;
  let call: Call;

  beforeAll(async () => {
    ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
    await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
    call = caller(ctx);
  }, 120_000);

  afterAll(() => {
    ctx.workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes nothing of an exempt item but its title and ground, in any format of any meeting’s public pack', async () => {
    const meetings = await call('meetings/list', {});
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    let withExemptMaterial = 0;
    for (const summary of meetings.filter((meeting) => meeting.status !== 'cancelled')) {
      const meeting = await call('meetings/get', { id: summary.id });
      const label = `${meeting.committeeName} ${meeting.meetingDate}`;
      const outDir = path.join(dir, 'packs', String(meeting.id));
      const texts = await buildAndRead(call, meeting, outDir);
      tally.meetings += 1;
      const publicPart = await membersPublicPart(meeting, texts, (kind) => path.join(outDir, kind, fs.readdirSync(path.join(outDir, kind)).find((name) => name.endsWith('-members.pdf')) ?? ''));
      const material = (await exemptMaterial(call, meeting)).filter((text) => !publicPart.includes(text));
      const minutes = await publicExcludedMinutes(call, meeting);
      const canaries = [...new Set([...material, ...minutes])];
      if (canaries.length > 0) withExemptMaterial += 1;
      const words = uniqueWords([...material, ...minutes], publicPart);
      expectNoLeaks(label, texts, canaries, words);

      // The canaries are real: the members' edition prints the exempt report's text.
      const members = textOf(texts.filter((text) => text.edition === 'members').flatMap((text) => text.sources));
      const printed = material.filter((text) => members.includes(text));
      if (material.length > 0) expect(printed.length, `${label}: exempt text printed in the members’ edition`).toBeGreaterThan(material.length / 2);
      // An exempt item's title and ground are public, as the agenda must say what is withheld and why.
      for (const item of meeting.agendaItems.filter((candidate) => candidate.isExempt)) {
        for (const text of texts.filter((candidate) => candidate.edition === 'public' && candidate.kind === 'main')) {
          expect(missing(text.sources, [item.title, 'This item contains exempt information and is not for publication.']), `${label} ${text.format}`).toEqual([]);
        }
      }
    }
    expect(withExemptMaterial, 'demo meetings with exempt material').toBeGreaterThanOrEqual(1);
  }, 240_000);
});

/**
 * Made-up words, each found nowhere else, one per place exempt material can
 * be. `printedIn` says which formats of the members' edition show it (the
 * Word pack cannot carry an attached PDF's pages, only a note of its name).
 */
const CANARIES = {
  itemSummary: { text: 'Zorvexa Quillbrand', printedIn: ['pdf', 'docx'] },
  itemReportOf: { text: 'Head of Vantablix Orrery', printedIn: ['pdf', 'docx'] },
  // A report with a cover sheet prints its subject; the title is its PDF bookmark.
  reportTitle: { text: 'Marlowquist Fenbrick options', printedIn: ['pdf'] },
  reportAuthor: { text: 'Ottoline Grisvard', printedIn: [] },
  reportSubject: { text: 'Subject Pellucian Drawbridge', printedIn: ['pdf', 'docx'] },
  reportSummary: { text: 'Summary Thornaby Vexillum', printedIn: ['pdf', 'docx'] },
  recommendation: { text: 'Recommend Quarrendon Spline', printedIn: ['pdf', 'docx'] },
  contactOfficer: { text: 'Ysolde Brackwater', printedIn: ['pdf', 'docx'] },
  background: { text: 'Background Cindervale Ledger', printedIn: ['pdf', 'docx'] },
  bodyHeading: { text: 'Heading Wrexlingham Audit', printedIn: ['pdf', 'docx'] },
  bodyParagraph: { text: 'Paragraph Gullivant Escrow', printedIn: ['pdf', 'docx'] },
  bodyTableCell: { text: 'Cell Hobbledown Tariff', printedIn: ['pdf', 'docx'] },
  pdfFileName: { text: 'Krestwood-Dunmarsh.pdf', printedIn: ['pdf', 'docx'] },
  pdfPageText: { text: 'Inside Sorrelby Ravenglass', printedIn: ['pdf'] },
  pdfInfoTitle: { text: 'Infotitle Plumtree Occam', printedIn: [] },
  pdfEmbeddedFile: { text: 'Embedded-Quagmire-Lintel.txt', printedIn: [] },
  pdfDescription: { text: 'Described Fallowmere Sluice', printedIn: [] },
  docxFileName: { text: 'Tollgate-Wimbrel.docx', printedIn: ['pdf', 'docx'] },
  docxLabel: { text: 'Appendix Harrowgate Nimbus', printedIn: ['pdf', 'docx'] },
  docxInnerText: { text: 'Wordtext Pemberly Quiver', printedIn: [] },
  minuteDiscussion: { text: 'Discussed Ashcombe Verdigris', printedIn: ['pdf', 'docx'] },
  minuteDecision: { text: 'Resolved Dunwoody Kestrel', printedIn: ['pdf', 'docx'] },
  followUp: { text: 'Action Brimscombe Tallow', printedIn: ['pdf', 'docx'] },
  followUpNotes: { text: 'Notes Larkspur Ferrule', printedIn: [] },
  supplementTitle: { text: 'Gorsebrook Wainscot tender', printedIn: ['pdf'] },
  supplementBody: { text: 'Supplement Pimlico Oxbow', printedIn: ['pdf', 'docx'] },
} as const satisfies Record<string, { text: string; printedIn: readonly PackFormat[] }>;

/** Every word of every canary: none may appear in the public edition on its own either. */
const CANARY_WORDS = Object.values(CANARIES).flatMap(({ text }) => text.split(/[\s.-]+/).filter((word) => word.length >= 5 && !['Recommend', 'Summary', 'Subject', 'Heading', 'Paragraph', 'Inside', 'Action', 'Notes', 'Background', 'Appendix', 'Described', 'Discussed', 'Resolved', 'Embedded', 'options', 'Supplement', 'tender'].includes(word)));

const GROUND = 'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person.';
const EXEMPT_TITLE = 'Residential care contract dispute';
const PRIVATE_HEADING = 'Residential care contract: private discussion';

/** An attached PDF with a canary on its page, in its metadata and as an embedded file. */
async function canaryPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(CANARIES.pdfInfoTitle.text);
  pdf.setAuthor(CANARIES.reportAuthor.text);
  pdf.setSubject(CANARIES.pdfInfoTitle.text);
  pdf.setKeywords([CANARIES.pdfInfoTitle.text]);
  const page = pdf.addPage([595, 842]);
  page.drawText(CANARIES.pdfPageText.text, { x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  await pdf.attach(Buffer.from(CANARIES.pdfPageText.text), CANARIES.pdfEmbeddedFile.text, { mimeType: 'text/plain', description: CANARIES.pdfEmbeddedFile.text });
  return Buffer.from(await pdf.save());
}

const paragraphNode = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * A committee whose September meeting took an exempt item in private, minuted
 * with a decision and a follow-up; its December meeting prints those minutes
 * and the recommendations monitor, and has an exempt item whose papers are a
 * report, an attached PDF and an attached Word file.
 */
async function meetingWithExemptEverywhere(ws: TestWorkspace): Promise<number> {
  const committee = await ws.call('committees/create', { name: 'Commissioning Subgroup', minutePrefix: 'CYP/COM' });
  const september = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-09-15', startTime: '10:00' })).id;
  await ws.call('agendaItems/create', { meetingId: september, title: 'Placement review', kind: 'other' });
  await ws.call('agendaItems/create', { meetingId: september, title: EXEMPT_TITLE, kind: 'report', isExempt: true, exemptGround: GROUND });
  await ws.call('meetings/setStatus', { id: september, status: 'issued' });
  await ws.call('meetings/setStatus', { id: september, status: 'held' });
  const { entries } = await ws.call('minutes/startFromAgenda', { meetingId: september });
  const privateEntry = entries.find((entry) => entry.heading === EXEMPT_TITLE);
  const openEntry = entries.find((entry) => entry.heading === 'Placement review');
  if (privateEntry === undefined || openEntry === undefined) throw new Error('minutes/startFromAgenda did not minute both items');
  expect(privateEntry.isPublicExcluded).toBe(true);
  await ws.call('minutes/updateEntry', { id: privateEntry.id, heading: PRIVATE_HEADING, discussion: { type: 'doc', content: [paragraphNode(`Members were told that ${CANARIES.minuteDiscussion.text} had been consulted.`)] } });
  await ws.call('minutes/updateEntry', { id: openEntry.id, discussion: { type: 'doc', content: [paragraphNode('Members noted the open placement figures.')] } });
  const decision = await ws.call('minutes/addDecision', { minuteEntryId: privateEntry.id, text: `That ${CANARIES.minuteDecision.text} be approached.` });
  const followUp = await ws.call('followUps/create', { decisionId: decision.id, description: `${CANARIES.followUp.text} to write to the contractor.`, owner: 'Head of Commissioning', dueDate: '2026-11-30' });
  await ws.call('followUps/update', { id: followUp.id, notes: CANARIES.followUpNotes.text });
  await ws.call('minutes/addDecision', { minuteEntryId: openEntry.id, text: 'That the open placement figures be noted.' });

  const december = (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2026-12-08', startTime: '10:00' })).id;
  const minutesDoc = await ws.call('documents/create', { kind: 'minutes', title: 'Minutes of the meeting held on 15 September 2026', status: 'final', committeeId: committee.id });
  const minutesItem = await ws.call('agendaItems/create', { meetingId: december, title: 'Minutes', kind: 'minutes' });
  await ws.call('papers/add', { agendaItemId: minutesItem.id, documentId: minutesDoc.id });
  const openReport = await ws.call('documents/create', { kind: 'report', title: 'Placement figures', status: 'final', committeeId: committee.id, body: { type: 'doc', content: [paragraphNode('The open figures for the quarter.')] } });
  const openItem = await ws.call('agendaItems/create', { meetingId: december, title: 'Placement figures', kind: 'report' });
  await ws.call('papers/add', { agendaItemId: openItem.id, documentId: openReport.id });
  await ws.call('followUps/addMonitorToAgenda', { meetingId: december });

  const exempt = await ws.call('agendaItems/create', {
    meetingId: december,
    title: EXEMPT_TITLE,
    kind: 'report',
    isExempt: true,
    exemptGround: GROUND,
    reportOf: CANARIES.itemReportOf.text,
    summary: `To consider ${CANARIES.itemSummary.text}.`,
  });
  const report = await ws.call('documents/create', {
    kind: 'report',
    title: CANARIES.reportTitle.text,
    status: 'final',
    committeeId: committee.id,
    author: CANARIES.reportAuthor.text,
    coverSheet: {
      reportTo: 'Commissioning Subgroup',
      subject: CANARIES.reportSubject.text,
      reportType: 'for_resolution',
      summary: CANARIES.reportSummary.text,
      recommendations: [CANARIES.recommendation.text],
      contactOfficers: [{ name: CANARIES.contactOfficer.text, jobTitle: 'Commissioning Manager', phone: '01632 960000', email: 'ysolde.brackwater@example.org' }],
      backgroundDocuments: [CANARIES.background.text],
    },
    body: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: CANARIES.bodyHeading.text }] },
        paragraphNode(`The contractor asked for ${CANARIES.bodyParagraph.text} in full.`),
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraphNode(CANARIES.bodyTableCell.text)] }, { type: 'tableCell', content: [paragraphNode('£412,000')] }] }] },
      ],
    },
  });
  await ws.call('papers/add', { agendaItemId: exempt.id, documentId: report.id });
  const pdf = await ws.call('attachments/add', { fileName: CANARIES.pdfFileName.text, dataBase64: (await canaryPdf()).toString('base64'), description: CANARIES.pdfDescription.text });
  await ws.call('papers/add', { agendaItemId: exempt.id, attachmentId: pdf.id });
  const docx = await ws.call('attachments/add', { fileName: CANARIES.docxFileName.text, dataBase64: makeDocx(CANARIES.docxInnerText.text).toString('base64') });
  await ws.call('papers/add', { agendaItemId: exempt.id, attachmentId: docx.id, label: CANARIES.docxLabel.text });

  // A second exempt item whose paper is to follow: it goes out in the supplementary pack.
  const later = await ws.call('agendaItems/create', { meetingId: december, title: 'Retendering', kind: 'report', isExempt: true, exemptGround: GROUND, isToFollow: true });
  const supplement = await ws.call('documents/create', { kind: 'other', title: CANARIES.supplementTitle.text, status: 'final', committeeId: committee.id, body: { type: 'doc', content: [paragraphNode(CANARIES.supplementBody.text)] } });
  await ws.call('papers/add', { agendaItemId: later.id, documentId: supplement.id });
  return december;
}

describe('a meeting with exempt material in every place it can be', () => {
  let ws: TestWorkspace;
  let texts: PackTexts[];
  const inEdition = (edition: PackEdition, format: PackFormat): TextSource[] =>
    texts.filter((text) => text.edition === edition && text.format === format).flatMap((text) => text.sources);

  beforeAll(async () => {
    ws = await openTestWorkspace('exempt-leakage', () => new Date('2026-11-23T10:00:00Z'));
    const meetingId = await meetingWithExemptEverywhere(ws);
    texts = await buildAndRead(ws.call, await ws.call('meetings/get', { id: meetingId }), makeTempDir('exempt-leakage-packs'));
    tally.meetings += 1;
  }, 120_000);

  afterAll(() => {
    ws.close();
    console.log(`Exempt leakage: ${String(tally.meetings)} meetings, ${String(tally.files)} files read back, ${String(tally.canaryChecks)} canary × public file checks`);
  });

  it('prints every canary in the members’ edition, so the check below can fail', () => {
    const inFull = /Residential care contract: private discussion \(Public Excluded\) Members were told that Discussed Ashcombe Verdigris/;
    expect(inEdition('members', 'pdf').some((source) => inFull.test(source.text)), String(inFull)).toBe(true);
    for (const format of ['pdf', 'docx'] as const) {
      const expected = Object.values(CANARIES).filter(({ printedIn }) => (printedIn as readonly PackFormat[]).includes(format)).map(({ text }) => text);
      expect(missing(inEdition('members', format), expected), `members’ ${format}`).toEqual([]);
    }
  });

  it('keeps every canary, and every word of one, out of every part of the public edition, PDF and Word', () => {
    expectNoLeaks('test meeting', texts, Object.values(CANARIES).map(({ text }) => text), CANARY_WORDS);
  });

  it('publishes the private minute by its reference and heading only, naming the paragraph of Schedule 12A', () => {
    const notice = 'This minute contains exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, and is not published.';
    for (const format of ['pdf', 'docx'] as const) {
      const withheld = /CYP\/COM\/26\/\d+ Residential care contract: private discussion \(Public Excluded\) This minute contains exempt information/;
      expect(inEdition('public', format).some((source) => withheld.test(source.text)), `${format}: ${String(withheld)}`).toBe(true);
      expect(missing(inEdition('public', format), [notice, 'Members noted the open placement figures.', 'That the open placement figures be noted.']), format).toEqual([]);
      expect(missing(inEdition('members', format), [notice]), format).toEqual([notice]);
    }
  });

  it('lists the exempt item in public by its title and ground only', () => {
    for (const format of ['pdf', 'docx'] as const) {
      expect(missing(inEdition('public', format), [EXEMPT_TITLE, 'This item contains exempt information and is not for publication.', 'Ground for exemption: Paragraph 3 of Part 1 of Schedule 12A']), format).toEqual([]);
    }
  });
});
