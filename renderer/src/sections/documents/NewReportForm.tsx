import { useId, useState } from 'react';
import { DOCUMENT_TITLE_MAX } from '../../../../shared/api/methods/documents';
import { hashFor } from '../../sections';
import { errorFor, formError } from '../plans/plan-call';
import { FormActions, FormProblem } from '../plans/FormParts';
import { useFormSubmit } from '../plans/use-form-submit';
import { createReportFromTemplate } from './new-report';
import { TEMPLATE_HEADINGS } from './report-template';
import '../plans/plans.css';

type Props = { onCancel: () => void };

/** A new committee report: its title, then the report opens with the template's cover sheet and numbered sections. */
export function NewReportForm({ onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState('');
  const { failure, isBusy, submit } = useFormSubmit(
    () => createReportFromTemplate({ title }),
    (document) => { window.location.hash = hashFor('documents', document.id); },
  );
  const titleError = errorFor(failure, 'title');
  return (
    <form className="card plan-form doc-new" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit}>
      <h2 id={`${id}-heading`}>New report</h2>
      <p className="hint">
        The report starts from the council’s template: an empty cover sheet and numbered sections ({TEMPLATE_HEADINGS.join(', ')}) with a line in each saying what goes there.
      </p>
      <FormProblem message={formError(failure, ['title'])} />
      <div className={titleError ? 'settings-field doc-field settings-field--error' : 'settings-field doc-field'}>
        <label htmlFor={`${id}-title`}>Title of the report</label>
        {titleError && <p id={`${id}-title-error`} className="settings-field__error">{titleError}</p>}
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={DOCUMENT_TITLE_MAX}
          autoComplete="off"
          // The form opens because the author asked for it: the title is the first thing to write.
          autoFocus
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(event) => { setTitle(event.target.value); }}
        />
      </div>
      <FormActions isBusy={isBusy} saveLabel="Create the report" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}
