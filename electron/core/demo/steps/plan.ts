import { doc, paragraph } from '../rich-text';
import { ENTRIES, PLAN, REVISION, type DemoUpdate } from '../content/action-plan';
import { EVIDENCE, INSPECTION, JUDGEMENTS, RECOMMENDATIONS } from '../content/inspection';
import type { DemoBuilder } from '../index';

export type DemoPlan = { inspectionId: number; planId: number };

/** The inspection as an import would record it, then the plan: entries, measures, actions and a year of progress in date order. */
export async function buildPlan({ call, clock, step }: DemoBuilder): Promise<DemoPlan> {
  clock.set('2025-08-05T10:00:00Z');
  const inspection = await call('inspections/create', {
    ...INSPECTION,
    judgements: JUDGEMENTS.map((judgement) => ({ ...judgement })),
    recommendations: RECOMMENDATIONS.map((text, index) => ({ number: index + 1, text })),
    evidence: EVIDENCE.map((item) => ({ ...item })),
  });
  step();

  clock.set('2025-09-15T10:00:00Z');
  const plan = await call('actionPlans/create', { title: PLAN.title, owner: PLAN.owner, startDate: PLAN.startDate, inspectionId: inspection.id });
  const { entries } = await call('actionPlans/get', { id: plan.id });
  const updates: (DemoUpdate & { actionId: number; key: string })[] = [];
  for (const [entryIndex, content] of ENTRIES.entries()) {
    const entry = entries[entryIndex];
    if (!entry) throw new Error(`The demo plan has no entry ${entryIndex + 1}.`);
    const { measures, actions, ...fields } = content;
    await call('planEntries/update', { id: entry.id, ...fields });
    for (const measure of measures) await call('measures/create', { entryId: entry.id, ...measure });
    for (const [actionIndex, action] of actions.entries()) {
      const created = await call('actions/create', { entryId: entry.id, description: action.description, owner: action.owner, timescaleLabel: action.timescale });
      action.updates.forEach((update, updateIndex) => {
        updates.push({ actionId: created.id, ...update, key: `${entryIndex}/${actionIndex}/${updateIndex}` });
      });
    }
    step();
  }

  // Progress is recorded as it happened, so the plan "as at" any past date reads true.
  const revisionKey = `${REVISION.entryIndex}/${REVISION.actionIndex}/${REVISION.updateIndex}`;
  let revisable: number | null = null;
  updates.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  for (const [index, update] of updates.entries()) {
    clock.set(`${update.date}T16:30:00Z`);
    const added = await call('progress/add', { actionId: update.actionId, updateDate: update.date, note: doc(paragraph(update.note)), rag: update.rag, status: update.status });
    if (update.key === revisionKey) revisable = added.id;
    if (index % 10 === 0) step();
  }
  if (revisable !== null) {
    clock.set('2026-02-12T11:15:00Z');
    await call('progress/revise', { id: revisable, note: doc(paragraph(REVISION.note)) });
  }
  step();
  return { inspectionId: inspection.id, planId: plan.id };
}
