import { useState } from 'react';
import { callForCommitteeForm } from './committee-call';
import { formatMunicipalYear } from '../../../../shared/format/municipal-year';
import { memberCount } from './committee-words';

type Props = {
  committeeId: number;
  fromYear: number;
  toYear: number;
  /** How many members the target year has now: copying is for starting a year afresh. */
  targetCount: number;
  onCopied: () => void;
  onShow: (year: number) => void;
};

type Outcome = { isDone: boolean; message: string } | null;

/** "Copy to 2027/28": next year's membership starts as this year's, in the same order. */
export function CopyYear({ committeeId, fromYear, toYear, targetCount, onCopied, onShow }: Props) {
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const copy = async () => {
    // The engine would skip members already there and add the rest, mixing two lists; a second copy is refused here instead.
    if (targetCount > 0) {
      setOutcome({
        isDone: false,
        message: `Nothing was copied: ${formatMunicipalYear(toYear)} already has ${memberCount(targetCount)}. Copying only starts an empty year; change ${formatMunicipalYear(toYear)} member by member instead.`,
      });
      return;
    }
    setBusy(true);
    const result = await callForCommitteeForm('memberships/copyYear', { committeeId, fromYear, toYear });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ isDone: false, message: result.message });
      return;
    }
    const { copied, skipped } = result.value;
    const left = skipped === 0 ? '' : ` ${skipped === 1 ? '1 archived person was' : `${String(skipped)} archived people were`} left out.`;
    setOutcome({ isDone: true, message: `Copied ${memberCount(copied)} from ${formatMunicipalYear(fromYear)} to ${formatMunicipalYear(toYear)}.${left}` });
    onCopied();
  };
  return (
    <div className="committee-copy">
      <button type="button" className="button-secondary" disabled={isBusy} aria-busy={isBusy} onClick={() => void copy()}>
        {isBusy ? 'Copying…' : `Copy to ${formatMunicipalYear(toYear)}`}
      </button>
      <div role="status" className="committee-copy__outcome">
        {outcome && (
          <p className={outcome.isDone ? 'committee-note committee-note--done' : 'committee-note committee-note--refused'}>
            {outcome.message}{' '}
            {outcome.isDone && (
              <button type="button" className="button-secondary button-secondary--small" onClick={() => { onShow(toYear); }}>
                Show {formatMunicipalYear(toYear)}
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
