// Which minutes a meeting's minutes paper carries: the minutes that meeting is
// to approve (the latest not yet approved), or, on a re-issue, those it
// approved. Minutes another meeting approved are the record already and are
// never put before a later meeting again; the paper's title follows the
// minutes it carries, so the pack's bookmark matches its pages.
import { afterEach, describe, expect, it } from 'vitest';
import { services } from '../../../electron/core/api/handler';
import { agendaModel, documentModel } from '../../../electron/core/services/document-models';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { modelText } from '../documents/model-text';
import { minutesFixtures } from './fixtures';

let ws: TestWorkspace;
afterEach(() => { ws.close(); });
const { committee, meeting, heldMeeting, addEntries } = minutesFixtures(() => ws);

/** The minutes paper the drafted agenda gave the meeting. */
async function minutesPaperOf(meetingId: number): Promise<number> {
  await ws.call('agendaItems/draft', { meetingId });
  const detail = await ws.call('meetings/get', { id: meetingId });
  const paper = detail.agendaItems.find((item) => item.kind === 'minutes')?.papers[0];
  if (paper?.kind !== 'document') throw new Error('The drafted agenda has no minutes paper.');
  return paper.documentId;
}

/** The paper as the meeting's pack prints it: its title and the date its minutes give. */
function printed(documentId: number, meetingId: number): { title: string; heldOn: string | undefined } {
  const model = documentModel(services(ws.ctx), documentId, { meetingId, edition: 'members', buildDate: '2026-11-22' });
  return { title: model.info.title, heldOn: /^P \(subtitle\): Minutes of the meeting held on (.+)$/m.exec(modelText(model))?.[1] };
}

describe('the minutes paper of a meeting', () => {
  it('carries the minutes awaiting approval, keeps those it approved on a re-issue, and never repeats minutes approved elsewhere', async () => {
    ws = await openTestWorkspace('minutes-paper');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const september = await heldMeeting(osg, '2026-09-15');
    await addEntries(june, ['Apologies', 'Ofsted inspections']);
    await addEntries(september, ['Apologies', 'Placement sufficiency']);
    const november = await meeting(osg, '2026-11-03');
    const december = await meeting(osg, '2026-12-01');

    const novemberPaper = await minutesPaperOf(november);
    expect(printed(novemberPaper, november)).toEqual({ title: 'Minutes of the meeting held on 15 September 2026', heldOn: '15 September 2026' });

    // November approves September's minutes; re-issuing November's pack still carries them.
    await ws.call('minutes/approve', { meetingId: september, approvingMeetingId: november });
    expect(printed(novemberPaper, november).heldOn).toBe('15 September 2026');

    // December's draft names November, which has no minutes in the workspace; September's are the record already,
    // so the paper carries June's, still awaiting approval, under June's date.
    const decemberPaper = await minutesPaperOf(december);
    expect((await ws.call('documents/get', { id: decemberPaper })).title).toBe('Minutes of the meeting held on 3 November 2026');
    expect(printed(decemberPaper, december)).toEqual({ title: 'Minutes of the meeting held on 24 June 2026', heldOn: '24 June 2026' });
    // The agenda's minutes item says so too.
    const agenda = modelText(agendaModel(services(ws.ctx), december, { edition: 'public', kind: 'main', itemsWithPages: new Set(), buildDate: '2026-11-22' }));
    expect(agenda).toContain('To approve as a correct record the minutes of the meeting held on 24 June 2026.');
    expect(agenda).not.toContain('3 November 2026');

    // Once June's are approved too, December has no minutes to approve, and says so.
    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: november });
    expect(() => printed(decemberPaper, december)).toThrow(/no meeting of the Ofsted Subgroup before 1 December 2026 has minutes awaiting approval\. Write the minutes of the meeting of 3 November 2026, or remove this paper \(and add its minutes as a file if they were kept outside the app\)\.$/);
  });
});
