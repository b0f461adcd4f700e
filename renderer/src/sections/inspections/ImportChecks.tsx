import { useEffect, useRef } from 'react';
import { useImportStore } from '../../stores/import-store';
import { byFormOrder, controlIdFor, isReviewError, type ImportErrors } from './import-draft';

type Target = { id: string; label: string };

/** The parser's warnings, each with a button to the field it concerns when one can be told from its words. */
export function ImportWarnings({ warnings, recommendationCount }: { warnings: string[]; recommendationCount: number }) {
  const show = useImportStore((state) => state.show);
  if (warnings.length === 0) {
    return <p className="import-all-found">Nothing was flagged. Check each value against the report all the same: you are the one who knows it.</p>;
  }
  return (
    <section className="import-warnings" aria-labelledby="import-warnings-heading">
      <h3 id="import-warnings-heading">
        {warnings.length === 1 ? 'One point to check' : `${warnings.length} points to check`}
      </h3>
      <ul>
        {warnings.map((warning, index) => {
          const target = warningTarget(warning, recommendationCount);
          const place = /page (\d+), line (\d+)/.exec(warning);
          return (
            <li key={index}>
              {warning}
              {(target ?? place) && (
                <span className="import-warnings__actions">
                  {target && <button type="button" className="import-link" onClick={() => { focusControl(target.id); }}>Go to {target.label}</button>}
                  {place && (
                    <button type="button" className="import-link" onClick={() => { show({ page: Number(place[1]), line: Number(place[2]) }, `point ${index + 1} to check`); }}>
                      Show page {place[1]}, line {place[2]} in the report
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "There is a problem": every refused field, each a button to it; takes focus after each refused attempt. */
export function ImportErrorSummary({ errors, isReview }: { errors: ImportErrors; isReview: boolean }) {
  const refusalCount = useImportStore((state) => state.refusalCount);
  const summary = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([key]) => isReviewError(key) === isReview).sort(([a], [b]) => byFormOrder(a, b));
  const hasEntries = entries.length > 0;
  useEffect(() => {
    if (hasEntries) summary.current?.focus();
  }, [refusalCount, hasEntries]);
  if (!hasEntries) return null;
  return (
    <div ref={summary} className="import-problem" tabIndex={-1} role="alert" aria-labelledby="import-problem-heading">
      <h3 id="import-problem-heading" className="import-problem__title">
        {isReview ? 'Correct these before the inspection is created' : 'The inspection was not created'}
      </h3>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            {key === 'form' ? message : <button type="button" className="import-link" onClick={() => { focusControl(controlIdFor(key)); }}>{message}</button>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Focuses a control, or the first control inside a group, and brings it into view. */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  const control = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input, select, textarea, button') : element;
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}

/** The field a warning is about, from its words: reports differ, the parser's sentences do not. */
function warningTarget(warning: string, recommendationCount: number): Target | null {
  const text = warning.toLowerCase();
  // About the whole file, not one field.
  if (text.includes('does not look like')) return null;
  const numbered = /recommendation (\d+)/.exec(text);
  const number = Number(numbered?.[1]);
  if (numbered && number >= 1 && number <= recommendationCount) return { id: controlIdFor(`recommendations.${number - 1}.text`), label: `recommendation ${number}` };
  const rules: readonly [RegExp, Target][] = [
    [/publication|published/, { id: controlIdFor('publicationDate'), label: 'the publication date' }],
    [/lead inspector/, { id: controlIdFor('leadInspector'), label: 'the lead inspector' }],
    [/overall/, { id: controlIdFor('overallGrade'), label: 'overall effectiveness' }],
    [/judgement/, { id: 'import-judgements', label: 'the judgements' }],
    [/recommendation|what needs to improve/, { id: 'import-recommendations', label: 'the recommendations' }],
    [/framework/, { id: controlIdFor('framework'), label: 'the framework' }],
    [/inspection dates|dates of the inspection/, { id: controlIdFor('inspectionStart'), label: 'the inspection dates' }],
    [/local authority|council/, { id: controlIdFor('localAuthority'), label: 'the local authority' }],
    [/title/, { id: controlIdFor('title'), label: 'the title' }],
  ];
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
