import { useId } from 'react';
import type { PlanEntryView, RagRollUp } from '../../../../shared/api/methods/action-plans';
import { usePlanStore } from '../../stores/plan-store';
import { ActionList } from './ActionList';
import { EntryDetails } from './EntryDetails';
import { MeasureList } from './MeasureList';
import { MoveButtons } from '../../components/MoveButtons';
import { changePlan, useIsReadOnly } from './plan-changes';
import { countOf, RAGS, shortDate } from './plan-words';
import { RagTag } from './RagTag';
import { RemoveControls } from './RemoveControls';

type Props = {
  entry: PlanEntryView;
  index: number;
  count: number;
  isExpanded: boolean;
  onToggle: () => void;
  onMove: (delta: -1 | 1) => Promise<void>;
};

/** One entry of the plan: the recommendation it answers and its figures; expanded, its details, measures and actions. */
export function EntryCard({ entry, index, count, isExpanded, onToggle, onMove }: Props) {
  const since = usePlanStore((state) => state.since);
  const isReadOnly = useIsReadOnly();
  const bodyId = useId();
  const isArchived = entry.archivedAt !== null;
  const changed = entry.actions.filter((action) => action.isChangedSince).length;
  const what = `entry “${entry.heading}”`;

  return (
    <li className={['card', 'plan-entry', changed > 0 ? 'plan-entry--changed' : '', isArchived ? 'plan-entry--archived' : ''].filter(Boolean).join(' ')}>
      <div className="plan-entry__head">
        <h3>
          <button type="button" className="plan-entry__toggle" aria-expanded={isExpanded} aria-controls={isExpanded ? bodyId : undefined} onClick={onToggle}>
            <span className="plan-entry__chevron" aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
            <span className="plan-entry__heading">{entry.heading}</span>
          </button>
        </h3>
        <RollUp rag={entry.rag} />
      </div>
      {entry.recommendation && (
        <p className="plan-entry__answers">
          <span className="plan-action__label">Answers recommendation {entry.recommendation.number}:</span> {entry.recommendation.text}
        </p>
      )}
      <p className="plan-entry__summary">
        <span>Strategic lead: {entry.strategicLead || 'not given'}</span>
        <span>{countOf(entry.measures.length, 'measure')}</span>
        <span>{countOf(entry.actions.length, 'action')}</span>
        {changed > 0 && since !== '' && <span className="plan-flag plan-flag--changed">{countOf(changed, 'action')} updated since {shortDate(since)}</span>}
        {isArchived && entry.archivedAt && <span className="plan-flag">Archived on {shortDate(entry.archivedAt.slice(0, 10))}</span>}
      </p>
      {!isReadOnly && (
        <div className="plan-tools">
          {!isArchived && <MoveButtons what={what} index={index} count={count} onMove={onMove} />}
          <RemoveControls
            what={what}
            isArchived={isArchived}
            onArchive={(isArchiving) => changePlan('planEntries/archive', { id: entry.id, isArchived: isArchiving }, isArchiving ? 'Entry archived.' : 'Entry restored.')}
            onDelete={() => changePlan('planEntries/delete', { id: entry.id }, 'Entry deleted.')}
          />
        </div>
      )}
      {isExpanded && (
        <div id={bodyId} className="plan-entry__body">
          <EntryDetails entry={entry} />
          <MeasureList entry={entry} />
          <ActionList entry={entry} />
        </div>
      )}
    </li>
  );
}

/** An entry's actions by rating, in words. */
function RollUp({ rag }: { rag: RagRollUp }) {
  const parts = [...RAGS.filter((key) => rag[key] > 0).map((key) => ({ key, count: rag[key] })), ...(rag.unrated > 0 ? [{ key: 'unrated' as const, count: rag.unrated }] : [])];
  if (parts.length === 0) return null;
  return (
    <p className="plan-rollup">
      {parts.map((part) => (
        <span key={part.key} className="plan-rollup__part"><RagTag rag={part.key} /> {part.count}</span>
      ))}
    </p>
  );
}
