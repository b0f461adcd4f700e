import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api/contract';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('inspections'); });
afterEach(() => { ws.close(); });

const db = () => ws.ctx.workspace.current().db;

/** A stored file to point at, added the way the attachments domain stores one. */
function addAttachment(): number {
  const content = db().prepare("INSERT INTO attachment_contents (sha256, size, data) VALUES (?, 3, X'252044')").run('a'.repeat(64)).lastInsertRowid;
  return Number(db().prepare("INSERT INTO attachments (content_id, file_name, media_type, created_at) VALUES (?, 'report.pdf', 'application/pdf', '2026-11-22T10:00:00Z')").run(content).lastInsertRowid);
}

const SIF: ApiInput<'inspections/create'> = {
  framework: 'SIF',
  title: 'Inspection of services for children in need of help and protection',
  localAuthority: 'Northbridge City Council',
  inspectionStart: '2017-10-02',
  inspectionEnd: '2017-10-25',
  publicationDate: '2017-12-13',
  overallGrade: 'requires_improvement',
  judgements: [
    { reference: '1', area: 'Children who need help and protection', grade: 'requires_improvement' },
    { reference: '2', area: 'Children looked after and achieving permanence', grade: 'good' },
    { reference: '2.1', area: 'Adoption performance', grade: 'good' },
  ],
  recommendations: [
    { text: 'Strengthen management oversight of frontline practice.' },
    { text: 'Reduce caseloads of newly qualified social workers.', sourcePage: 6 },
    { text: 'Record return home interviews on children’s files.' },
  ],
  evidence: [
    { text: 'Supervision is not consistently reflective. (Recommendation)', recommendationNumber: 1, sourcePage: 12 },
    { text: 'Some newly qualified workers carry high caseloads. (Recommendation)', recommendationNumber: 2 },
    { text: 'A general observation kept for context.' },
  ],
};

describe('inspections', () => {
  it('records an inspection with its judgements, recommendations and evidence in one call', async () => {
    const inspection = await ws.call('inspections/create', SIF);
    expect(inspection).toMatchObject({ framework: 'SIF', inspectorate: 'Ofsted', leadInspector: '', overallGrade: 'requires_improvement', sourceAttachmentId: null });
    expect(inspection.judgements.map((judgement) => [judgement.position, judgement.reference, judgement.grade])).toEqual([
      [1, '1', 'requires_improvement'], [2, '2', 'good'], [3, '2.1', 'good'],
    ]);
    expect(inspection.recommendations.map((recommendation) => [recommendation.number, recommendation.sourcePage, recommendation.planEntryIds])).toEqual([
      [1, null, []], [2, 6, []], [3, null, []],
    ]);
    const [first, second] = inspection.recommendations;
    expect(inspection.evidence.map((paragraph) => [paragraph.position, paragraph.recommendationId, paragraph.sourcePage])).toEqual([
      [1, first?.id, 12], [2, second?.id, null], [3, null, null],
    ]);
    expect(await ws.call('inspections/get', { id: inspection.id })).toEqual(inspection);

    const trail = db().prepare('SELECT action, entity, entity_id FROM audit_log ORDER BY id').raw().all();
    expect(trail).toEqual([['create', 'inspection', inspection.id]]);
  });

  it('keeps the numbers a report gives and lists inspections newest first with their counts', async () => {
    const older = await ws.call('inspections/create', { framework: 'SIF', title: 'Older', inspectionStart: '2014-03-01', recommendations: [{ number: 4, text: 'Four' }, { number: 2, text: 'Two' }] });
    const newer = await ws.call('inspections/create', { framework: 'ILACS', title: 'Newer', inspectionStart: '2019-03-01' });
    const undated = await ws.call('inspections/create', { framework: 'other', title: 'Undated' });
    expect(older.recommendations.map((recommendation) => recommendation.number)).toEqual([2, 4]);
    await ws.call('actionPlans/create', { title: 'Plan for the older one', inspectionId: older.id });

    const list = await ws.call('inspections/list', {});
    expect(list.map((summary) => [summary.id, summary.recommendationCount, summary.planCount])).toEqual([
      [newer.id, 0, 0], [older.id, 2, 1], [undated.id, 0, 0],
    ]);
  });

  it('changes details, checks the dates against what is stored, and replaces judgements in order', async () => {
    const inspection = await ws.call('inspections/create', SIF);
    const attachmentId = addAttachment();
    const updated = await ws.call('inspections/update', { id: inspection.id, leadInspector: 'Jane Inspector', sourceAttachmentId: attachmentId, overallGrade: null });
    expect(updated).toMatchObject({ leadInspector: 'Jane Inspector', sourceAttachmentId: attachmentId, overallGrade: null, title: SIF.title });
    expect(updated.recommendations).toHaveLength(3);

    const early = await ws.attempt('inspections/update', { id: inspection.id, inspectionEnd: '2017-09-30' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!early.ok) expect(early.error.message).toMatch(/inspectionEnd/);
    expect((await ws.call('inspections/update', { id: inspection.id, inspectionStart: null, inspectionEnd: '2017-09-30' })).inspectionEnd).toBe('2017-09-30');

    const judged = await ws.call('inspections/setJudgements', { id: inspection.id, judgements: [{ area: 'Overall effectiveness', grade: 'good' }, { reference: '3', area: 'Leadership' }] });
    expect(judged.judgements.map((judgement) => [judgement.position, judgement.reference, judgement.area, judgement.grade])).toEqual([
      [1, '', 'Overall effectiveness', 'good'], [2, '3', 'Leadership', null],
    ]);
    expect(db().prepare('SELECT count(*) FROM judgements').pluck().get()).toBe(2);
  });

  it('numbers new recommendations after the last, refuses a taken number, and shows the plan entries that answer each', async () => {
    const inspection = await ws.call('inspections/create', SIF);
    const fourth = await ws.call('recommendations/create', { inspectionId: inspection.id, text: 'Improve pathway plans.' });
    expect(fourth.number).toBe(4);
    const taken = await ws.attempt('recommendations/create', { inspectionId: inspection.id, text: 'Again', number: 2 });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!taken.ok) expect(taken.error.message).toMatch(/number: .*recommendation 2/);
    const renumbered = await ws.call('recommendations/update', { id: fourth.id, number: 9, text: 'Improve pathway plans for care leavers.' });
    expect(renumbered).toMatchObject({ number: 9, text: 'Improve pathway plans for care leavers.' });
    expect((await ws.call('recommendations/update', { id: fourth.id, number: 9 })).number).toBe(9);

    const plan = await ws.call('actionPlans/create', { title: 'Improvement plan', inspectionId: inspection.id });
    const detail = await ws.call('inspections/get', { id: inspection.id });
    expect(detail.recommendations.map((recommendation) => recommendation.planEntryIds)).toEqual(plan.entries.map((entry) => [entry.id]));

    const answered = await ws.attempt('recommendations/delete', { id: fourth.id });
    expect(answered).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!answered.ok) expect(answered.error.message).toMatch(/Recommendation 9.*Improvement plan/);
    const entry = plan.entries.find((candidate) => candidate.recommendationId === fourth.id);
    if (!entry) throw new Error('no entry for the fourth recommendation');
    await ws.call('planEntries/update', { id: entry.id, recommendationId: null });
    expect(await ws.call('recommendations/delete', { id: fourth.id })).toEqual({ id: fourth.id });
    expect((await ws.call('inspections/get', { id: inspection.id })).recommendations.map((recommendation) => recommendation.number)).toEqual([1, 2, 3]);
  });

  it('is not deleted while a current action plan answers it, and takes its findings with it when deleted', async () => {
    const inspection = await ws.call('inspections/create', SIF);
    const plan = await ws.call('actionPlans/create', { title: 'Post-inspection plan', inspectionId: inspection.id });
    const refused = await ws.attempt('inspections/delete', { id: inspection.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/archive or delete the action plan first/);

    await ws.call('actionPlans/archive', { id: plan.id, isArchived: true });
    expect(await ws.call('inspections/delete', { id: inspection.id })).toEqual({ id: inspection.id });
    const left = db().prepare('SELECT (SELECT count(*) FROM judgements), (SELECT count(*) FROM recommendations), (SELECT count(*) FROM inspection_evidence)').raw().get();
    expect(left).toEqual([0, 0, 0]);
    expect((await ws.call('actionPlans/get', { id: plan.id, includeArchived: true })).inspectionId).toBeNull();
    expect(db().prepare("SELECT action FROM audit_log WHERE entity = 'inspection' ORDER BY id").pluck().all()).toEqual(['create', 'delete']);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const inspection = await ws.call('inspections/create', SIF);
    const [firstRecommendation] = inspection.recommendations;
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['inspections/create', { title: 'No framework' }, /framework/],
      ['inspections/create', { framework: 'Ofsted 2030', title: 'x' }, /framework/],
      ['inspections/create', { framework: 'SIF', title: '  ' }, /title/],
      ['inspections/create', { framework: 'SIF', title: 'x'.repeat(301) }, /300 characters/],
      ['inspections/create', { framework: 'SIF', title: 'x', overallGrade: 'excellent' }, /overallGrade/],
      ['inspections/create', { framework: 'SIF', title: 'x', inspectionStart: '2017-02-30' }, /inspectionStart/],
      ['inspections/create', { framework: 'SIF', title: 'x', inspectionStart: '2017-10-25', inspectionEnd: '2017-10-02' }, /inspectionEnd/],
      ['inspections/create', { framework: 'SIF', title: 'x', recommendations: [{ text: 'One' }, { number: 1, text: 'Also one' }] }, /recommendations\.1\.number/],
      ['inspections/create', { framework: 'SIF', title: 'x', recommendations: [{ text: 'One' }], evidence: [{ text: 'E', recommendationNumber: 5 }] }, /evidence\.0\.recommendationNumber/],
      ['inspections/create', { framework: 'SIF', title: 'x', recommendations: [{ text: '' }] }, /recommendations\.0\.text/],
      ['inspections/create', { framework: 'SIF', title: 'x', judgements: [{ grade: 'good' }] }, /judgements\.0\.area/],
      ['inspections/create', { framework: 'SIF', title: 'x', sourceAttachmentId: 77 }, /sourceAttachmentId: there is no attachment with id 77/],
      ['inspections/create', { framework: 'SIF', title: 'x', inspector: 'Jane' }, /inspector|Unrecognized/i],
      ['inspections/update', { id: 999, title: 'Nobody' }, /no inspection with id 999/],
      ['inspections/update', { id: inspection.id, sourceAttachmentId: 77 }, /sourceAttachmentId/],
      ['inspections/setJudgements', { id: inspection.id, judgements: [{ area: 'A', grade: 'great' }] }, /judgements\.0\.grade/],
      ['inspections/delete', { id: 999 }, /no inspection with id 999/],
      ['recommendations/create', { inspectionId: 999, text: 'x' }, /no inspection with id 999/],
      ['recommendations/create', { inspectionId: inspection.id, text: 'x', number: 0 }, /number/],
      ['recommendations/update', { id: firstRecommendation?.id, number: 3 }, /number: .*recommendation 3/],
      ['recommendations/update', { id: firstRecommendation?.id, text: 'x'.repeat(10_001) }, /text/],
      ['recommendations/delete', { id: 999 }, /no recommendation with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
      if (!result.ok) expect(result.error.message, method).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
