import type { Ref } from 'react';
import type { Document } from '../../../../shared/api/methods/documents';
import { meetingWords } from './document-words';

type Props = { document: Document; isBusy: boolean; onReopen: () => void; ref?: Ref<HTMLDivElement> };

/** Says a final document is locked and why, with the one way to change it: reopening it as a draft. */
export function FinalBanner({ document, isBusy, onReopen, ref }: Props) {
  const issued = document.meetings.filter((meeting) => meeting.isPackIssued);
  return (
    <div ref={ref} className="doc-locked" tabIndex={-1} role="region" aria-labelledby="doc-locked-heading">
      <div className="doc-locked__text">
        <h2 id="doc-locked-heading">Final — locked. Reopen to edit.</h2>
        <p>
          Its title, cover sheet and text cannot be changed while it is final. Reopening it as a draft is kept in the workspace’s history.
          {issued.length > 0 && ` It is in the pack issued for ${issued.map(meetingWords).join(' and ')}: if you change it, issue a supplementary pack so members see the change.`}
        </p>
      </div>
      <button type="button" className="button-secondary" aria-disabled={isBusy || undefined} onClick={() => { if (!isBusy) onReopen(); }}>
        {isBusy ? 'Reopening…' : 'Reopen as a draft'}
      </button>
    </div>
  );
}
