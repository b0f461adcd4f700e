import type { SyntheticEvent } from 'react';
import { formatFileSize } from '../../../../shared/format/sizes';
import { useImportStore } from '../../stores/import-store';
import { ImportDetails } from './ImportDetails';
import { ImportErrorSummary, ImportWarnings } from './ImportChecks';
import { ImportJudgements } from './ImportJudgements';
import { ImportRecommendations } from './ImportRecommendations';
import { ImportSource } from './ImportSource';
import { ImportStartAgain } from './ImportStartAgain';
import { countOf } from './inspection-words';

/** Step 2: what was found, every field editable, beside the text it was found in. */
export function ImportReview() {
  const found = useImportStore((state) => state.found);
  const draft = useImportStore((state) => state.draft);
  const errors = useImportStore((state) => state.errors);
  const goTo = useImportStore((state) => state.goTo);
  if (!found || !draft) return null;

  const next = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    goTo('save');
  };

  return (
    <div className="import-review">
      <form className="import-form" aria-labelledby="import-form-heading" noValidate onSubmit={next}>
        <h3 id="import-form-heading" className="visually-hidden">What was found</h3>
        <p className="import-file">
          <strong>{found.fileName}</strong> ({formatFileSize(found.size)}, {countOf(found.pageCount, 'page')}): {countOf(draft.judgements.length, 'judgement')}, {countOf(draft.recommendations.length, 'recommendation')}.
          {' '}Change anything that is wrong; what you see here is what will be saved.
        </p>
        <ImportWarnings warnings={found.parsed.warnings} recommendationCount={draft.recommendations.length} />
        <ImportErrorSummary errors={errors} isReview />
        <ImportDetails draft={draft} />
        <ImportJudgements judgements={draft.judgements} />
        <ImportRecommendations recommendations={draft.recommendations} />
        {draft.evidence.length > 0 && (
          <p className="hint import-evidence">
            {countOf(draft.evidence.length, 'paragraph')} marked “(Recommendation)” in the report will be kept with the inspection as evidence.
          </p>
        )}
        <div className="pack-actions import-actions">
          <button type="submit">Continue</button>
          <ImportStartAgain />
        </div>
      </form>
      <ImportSource found={found} />
    </div>
  );
}
