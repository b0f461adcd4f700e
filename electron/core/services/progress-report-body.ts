// The words of a drafted progress report, in the order councils print it:
// an introduction (why the plan exists, what this report covers), how the
// plan is laid out, a section per recommendation, and a conclusion that
// counts where the plan stands and names what needs attention. The author
// rewrites it; every section is marked so it can be drafted again safely.
import type { PlanAction, PlanEntryView } from '../../../shared/api/methods/action-plans';
import type { RichText, RichTextNode } from '../../../shared/api/schema';
import { markSection } from '../domain/report-sections';
import { draftEntrySection, entryHeading, type DraftedSection } from './progress-report-entries';
import type { ReportFacts } from './progress-report-facts';
import { bold, bullets, count, describeCounts, heading, joinAnd, shortDate, numbered, ragCountsOf, text, theNameInText } from './progress-report-text';

export type { DraftedSection } from './progress-report-entries';

/** Every section the plan gives today, in report order: introduction, structure, one per entry, conclusion. */
export function draftSections(facts: ReportFacts): DraftedSection[] {
  return [
    fixed('introduction', introduction(facts)),
    fixed('structure', structure(facts)),
    ...facts.plan.entries.map((entry) => draftEntrySection(entry, facts)),
    fixed('conclusion', conclusion(facts)),
  ];
}

const FIXED_TITLES = { introduction: 'Introduction', structure: 'Action plan structure', conclusion: 'Conclusion' } as const;

/**
 * The sections a report on these entries has, keys and headings only, in
 * report order: what the list of sections needs, without drafting any text
 * (it is read again after every save while the author types).
 */
export function sectionOutline(entries: readonly Pick<PlanEntryView, 'id' | 'heading' | 'recommendation'>[]): Pick<DraftedSection, 'key' | 'heading'>[] {
  return [
    { key: 'introduction', heading: FIXED_TITLES.introduction },
    { key: 'structure', heading: FIXED_TITLES.structure },
    ...entries.map((entry) => ({ key: `entry:${entry.id}`, heading: entryHeading(entry) })),
    { key: 'conclusion', heading: FIXED_TITLES.conclusion },
  ];
}

/** The body of a new report: the sections, with the (unkeyed) heading over the entries' sections. */
export function draftBody(sections: readonly DraftedSection[], facts: ReportFacts): RichText {
  const entries = sections.filter((section) => section.key.startsWith('entry:'));
  const byKey = (key: string) => sections.find((section) => section.key === key)?.nodes ?? [];
  return {
    type: 'doc',
    content: [...byKey('introduction'), ...byKey('structure'), progressHeading(facts), ...entries.flatMap((section) => section.nodes), ...byKey('conclusion')],
  };
}

function progressHeading(facts: ReportFacts): RichTextNode {
  const isAnswer = facts.plan.entries.some((entry) => entry.recommendation !== null);
  return heading(1, text(isAnswer ? 'Recommendations: progress, risk and next steps' : 'Progress, risk and next steps'));
}

function fixed(key: keyof typeof FIXED_TITLES, paragraphs: RichTextNode[]): DraftedSection {
  const title = FIXED_TITLES[key];
  return { key, heading: title, nodes: markSection(key, [heading(1, text(title)), ...paragraphs]) };
}

const allActions = (facts: ReportFacts): PlanAction[] => facts.plan.entries.flatMap((entry) => entry.actions);

function updateCount(facts: ReportFacts): number {
  return [...facts.updates.values()].reduce((sum, updates) => sum + updates.length, 0);
}

function introduction(facts: ReportFacts): RichTextNode[] {
  const { plan, inspection } = facts;
  const actions = allActions(facts);
  const paragraphs: RichTextNode[] = [];
  if (inspection) {
    const by = inspection.inspectorate.trim() === '' ? 'the inspection' : `the ${inspection.inspectorate.trim()} inspection`;
    const when = inspectionDates(inspection.inspectionStart, inspection.inspectionEnd);
    const published = inspection.publicationDate === null ? '' : ` and published on ${shortDate(inspection.publicationDate)}`;
    const grade = inspection.overallGradeWords === null ? '' : ` It judged overall effectiveness to be “${inspection.overallGradeWords}”`;
    const made = inspection.recommendationCount === 0 ? '.' : `${grade === '' ? ' It' : ' and'} made ${count(inspection.recommendationCount, 'recommendation')}, each of which the plan answers.`;
    paragraphs.push(numbered(text(`The ${plan.title} is the council’s response to ${by} “${inspection.title}”${when}${published}.${grade}${made}`)));
  } else {
    paragraphs.push(numbered(text(`The ${plan.title} sets out ${count(actions.length, 'action')} in ${count(plan.entries.length, 'part')}, each action with an owner, a timescale and a RAG rating.`)));
  }
  const owner = plan.owner.trim();
  paragraphs.push(
    numbered(text(`${owner === '' ? 'Delivery of the plan is shared' : `The plan is owned by ${owner}, and its delivery is shared`}: each part of the plan has a strategic lead, and each action an owner who records its progress.`)),
  );
  const updates = updateCount(facts);
  const updated = [...facts.updates.keys()].length;
  const recorded = updates === 0 ? 'No progress updates were recorded in that period.' : `In that period ${count(updates, 'progress update')} ${updates === 1 ? 'was' : 'were'} recorded on ${updated} of its ${count(actions.length, 'action')}.`;
  paragraphs.push(
    numbered(
      text(
        facts.since === null
          ? `This is the first progress report on the plan. It sets out all the progress recorded up to and including ${shortDate(facts.asAt)}. ${recorded}`
          : `This report sets out the progress recorded after ${shortDate(facts.since)}, the date of the last report, up to and including ${shortDate(facts.asAt)}. ${recorded}`,
      ),
    ),
    numbered(text(`The plan itself, as it stood on ${shortDate(facts.asAt)}, is attached as Appendix 1. It shows every action with its owner, timescale, status, RAG rating and latest progress.`)),
  );
  return paragraphs;
}

function inspectionDates(start: string | null, end: string | null): string {
  if (start !== null && end !== null && start !== end) return `, carried out from ${shortDate(start)} to ${shortDate(end)}`;
  const day = start ?? end;
  return day === null ? '' : `, carried out on ${shortDate(day)}`;
}

const STRUCTURE: readonly [string, string][] = [
  ['Recommendation', 'the recommendation as the inspection report words it: the change that has to be achieved.'],
  ['Strategic lead', 'the senior officer responsible for delivering it, with partners where the work is shared.'],
  ['Performance management framework', 'where the measures and progress are reported and monitored within the council.'],
  ['Measures', 'the figures that show whether things are improving, with their targets and latest values.'],
  ['Actions', 'the pieces of work needed to meet the recommendation, each with an owner.'],
  ['Timescale', 'when each action is due, as a date or a period.'],
  ['Progress', 'dated updates from each action’s owner, each with a RAG rating, so that delivery can be tracked, scrutinised and challenged.'],
  ['Partnership focus', 'what partner organisations need to do with the council to achieve the outcome.'],
  ['Link plans', 'the strategies and plans the work belongs to, so that the improvement lasts.'],
  ['Governance', 'the body that oversees delivery and gives assurance on it.'],
  ['Impact', 'what success would look like for the people who use the service and for the workforce.'],
];

function structure(facts: ReportFacts): RichTextNode[] {
  const isAnswer = facts.plan.entries.some((entry) => entry.recommendation !== null);
  const divided = isAnswer
    ? `The action plan is divided according to the recommendations of the inspection, one part for each (${count(facts.plan.entries.length, 'part')} in all). Each part sets out:`
    : `The action plan is divided into ${count(facts.plan.entries.length, 'part')}. Each part sets out:`;
  return [
    numbered(text(divided)),
    bullets(STRUCTURE.map(([term, meaning]) => [...bold(term), ...text(` — ${meaning}`)])),
    numbered(
      text(
        'Every action carries a RAG rating: red means it is off track and needs intervention; amber that its delivery is at risk, with a plan to recover; green that it is on track. A finished action is marked complete.',
      ),
    ),
  ];
}

function recommendationOf(entry: PlanEntryView): string {
  return entry.recommendation === null ? entry.heading : `Recommendation ${entry.recommendation.number}`;
}

function conclusion(facts: ReportFacts): RichTextNode[] {
  const actions = allActions(facts);
  const counts = ragCountsOf(actions);
  const overdue = actions.filter((action) => action.isOverdue).length;
  const updates = updateCount(facts);
  const paragraphs: RichTextNode[] = [
    numbered(
      text(
        actions.length === 0
          ? `As at ${shortDate(facts.asAt)}, no actions have been set in the plan.`
          : `As at ${shortDate(facts.asAt)}, the plan has ${count(actions.length, 'action')}: ${describeCounts(counts)}; ${overdue === 0 ? 'none of them is' : `${overdue} of them ${overdue === 1 ? 'is' : 'are'}`} overdue. In the period this report covers, ${count(updates, 'progress update')} ${updates === 1 ? 'was' : 'were'} recorded.`,
      ),
    ),
  ];
  const attention = facts.plan.entries.flatMap((entry) =>
    entry.actions.filter((action) => action.isOverdue || (action.rag === 'red' && action.status !== 'complete')).map((action) => ({ entry, action })),
  );
  if (attention.length === 0) {
    paragraphs.push(numbered(text('No action is rated red or overdue.')));
  } else {
    paragraphs.push(
      numbered(text(`${attention.length === 1 ? 'This action needs' : 'These actions need'} particular attention, being rated red (off track), overdue (past the timescale and not complete), or both:`)),
      bullets(attention.map(({ entry, action }) => [...bold(action.description.trim()), ...text(` (${recommendationOf(entry)}): ${attentionWords(action)}.`)])),
    );
  }
  paragraphs.push(numbered(text(nextSteps(facts))));
  return paragraphs;
}

function attentionWords(action: PlanAction): string {
  const timescale = action.timescaleLabel.trim() !== '' ? action.timescaleLabel.trim() : action.dueDate === null ? '' : shortDate(action.dueDate);
  const words = [action.rag === 'red' && action.status !== 'complete' ? 'rated red' : '', action.isOverdue ? `overdue${timescale === '' ? '' : ` (timescale: ${timescale})`}` : ''];
  return words.filter((word) => word !== '').join(', ');
}

function nextSteps(facts: ReportFacts): string {
  const bodies = [...new Set(facts.plan.entries.map((entry) => entry.governance.trim()).filter((governance) => governance !== ''))];
  const oversight = bodies.length === 0 || bodies.length > 3 ? 'those overseeing the plan' : joinAnd(bodies.map(theNameInText));
  const committee = facts.committee === null ? 'the committee' : theNameInText(facts.committee.name);
  return `Action owners will continue to record progress against every action, and strategic leads will account for the actions rated red or amber to ${oversight}. The next report to ${committee} will set out the progress made after ${shortDate(facts.asAt)}.`;
}
