import { useImportStore } from '../../stores/import-store';
import { controlIdFor, type DraftRecommendation } from './import-draft';
import { ImportField } from './ImportField';
import { useFocusOnAdd } from './ImportJudgements';

/** The recommendations as a numbered list: each editable, removable and movable; numbers follow the order. */
export function ImportRecommendations({ recommendations }: { recommendations: DraftRecommendation[] }) {
  const addRecommendation = useImportStore((state) => state.addRecommendation);
  const added = useFocusOnAdd(recommendations.length, (index) => controlIdFor(`recommendations.${index}.text`));
  return (
    <fieldset className="import-fieldset" id="import-recommendations">
      <legend>Recommendations</legend>
      <p className="hint">
        Numbered in this order (“What needs to improve” in ILACS reports). With the action plan, each becomes one plan entry.{' '}
        {recommendations.length === 0 && <strong>No recommendations were found: add them, or leave the list empty.</strong>}
      </p>
      {recommendations.length > 0 && (
        <ol className="import-recommendations">
          {recommendations.map((row, index) => (
            <RecommendationItem key={row.key} row={row} index={index} count={recommendations.length} />
          ))}
        </ol>
      )}
      <button type="button" id="import-add-recommendation" className="button-secondary button-secondary--small" onClick={() => { added(); addRecommendation(); }}>
        Add a recommendation
      </button>
    </fieldset>
  );
}

function RecommendationItem({ row, index, count }: { row: DraftRecommendation; index: number; count: number }) {
  const editRecommendation = useImportStore((state) => state.editRecommendation);
  const removeRecommendation = useImportStore((state) => state.removeRecommendation);
  const moveRecommendation = useImportStore((state) => state.moveRecommendation);
  const number = index + 1;
  const move = (by: -1 | 1) => {
    moveRecommendation(index, by);
    // The buttons move with the item; focus stays on the one pressed unless it has gone from the end.
    requestAnimationFrame(() => {
      const item = document.getElementById(controlIdFor(`recommendations.${index + by}.text`))?.closest('li');
      const button = item?.querySelector<HTMLButtonElement>(`button[data-move="${by}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>(`button[data-move="${-by}"]`);
      button?.focus();
    });
  };
  const remove = () => {
    removeRecommendation(index);
    // Focus goes to the text that takes this one's place, or back to the list's button when it was the last.
    requestAnimationFrame(() => {
      const next = document.getElementById(controlIdFor(`recommendations.${Math.min(index, count - 2)}.text`));
      (next ?? document.getElementById('import-add-recommendation'))?.focus();
    });
  };
  return (
    <li className="import-recommendation">
      <ImportField
        field={`recommendations.${index}.text`}
        label={`Recommendation ${number}`}
        sourceLabel={`recommendation ${number}`}
        source={row.source}
        isMissing={false}
        isEmpty={row.text.trim() === ''}
        className="import-recommendation__field"
      >
        {(control) => <textarea {...control} rows={2} value={row.text} onChange={(event) => { editRecommendation(index, event.target.value); }} />}
      </ImportField>
      <div className="import-recommendation__actions">
        <button type="button" className="import-icon-button" data-move="-1" disabled={index === 0} aria-label={`Move recommendation ${number} up`} onClick={() => { move(-1); }}>
          <span aria-hidden="true">↑</span> Up
        </button>
        <button type="button" className="import-icon-button" data-move="1" disabled={index === count - 1} aria-label={`Move recommendation ${number} down`} onClick={() => { move(1); }}>
          <span aria-hidden="true">↓</span> Down
        </button>
        <button type="button" className="import-icon-button import-icon-button--danger" aria-label={`Remove recommendation ${number}`} onClick={remove}>
          Remove
        </button>
      </div>
    </li>
  );
}
