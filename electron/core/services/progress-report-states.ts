// How each section of a saved progress report stands against what the plan
// would draft today: untouched, changed by the author, removed by the author,
// or missing (a plan entry added after the report was drafted).
import type { PlanEntry } from '../../../shared/api/methods/action-plans';
import type { Document } from '../../../shared/api/methods/documents';
import type { ReportSection } from '../../../shared/api/methods/progress-reports';
import { entryIdOfKey, findSections, isAsDrafted } from '../domain/report-sections';
import type { DraftedSection } from './progress-report-entries';

/**
 * In report order: every section the plan would draft, then any other keyed
 * section still in the body (an entry since archived, say). An entry with no
 * section counts as missing only when it was added after the report was
 * drafted; before that, its section was there and the author took it out.
 */
export function sectionStates(document: Document, drafted: readonly Pick<DraftedSection, 'key' | 'heading'>[], entries: readonly Pick<PlanEntry, 'id' | 'createdAt'>[]): ReportSection[] {
  const found = findSections(document.body);
  const seen = new Set<string>();
  const states: ReportSection[] = [];
  for (const draft of drafted) {
    const section = found.find((candidate) => candidate.key === draft.key);
    seen.add(draft.key);
    if (section) {
      states.push({ key: draft.key, heading: section.heading, state: isAsDrafted(section) ? 'as_drafted' : 'changed' });
      continue;
    }
    const entryId = entryIdOfKey(draft.key);
    const entry = entryId === null ? undefined : entries.find((candidate) => candidate.id === entryId);
    const isNew = entry !== undefined && entry.createdAt >= document.createdAt;
    states.push({ key: draft.key, heading: draft.heading, state: isNew ? 'missing' : 'removed' });
  }
  for (const section of found) {
    if (seen.has(section.key)) continue;
    seen.add(section.key);
    states.push({ key: section.key, heading: section.heading, state: isAsDrafted(section) ? 'as_drafted' : 'changed' });
  }
  return states;
}
