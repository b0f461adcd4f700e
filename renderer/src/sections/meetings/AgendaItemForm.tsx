import { useState, type SyntheticEvent } from 'react';
import type { AgendaItemKind, AgendaItemWithPapers, MeetingDetail } from '../../../../shared/api/methods/meetings';
import { SelectField, TextField } from '../plans/Field';
import { FormActions, FormProblem } from '../plans/FormParts';
import { errorFor, failureOf, formError, type FormFailure } from '../plans/plan-call';
import { api } from '../../api/client';
import { CHOOSABLE_KINDS, KIND_NAMES } from './agenda-words';
import { useAgenda } from './use-agenda-actions';

const FIELDS = ['title', 'kind', 'reportOf', 'summary'] as const;
const KIND_OPTIONS = CHOOSABLE_KINDS.map((kind) => ({ value: kind, label: KIND_NAMES[kind] }));

type Props = {
  meeting: MeetingDetail;
  /** The item to edit, or null to add one at the end. */
  item: AgendaItemWithPapers | null;
  onClose: () => void;
};

/** Adds an item at the end of the agenda, or edits one; the exclusion of the public keeps its kind. */
export function AgendaItemForm({ meeting, item, onClose }: Props) {
  const agenda = useAgenda();
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'report');
  const [reportOf, setReportOf] = useState(item?.reportOf ?? '');
  const [summary, setSummary] = useState(item?.summary ?? '');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const isExclusion = item?.kind === 'exclusion_of_public';
  const isBusy = agenda.busy !== null;

  const save = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setFailure({ ok: false, field: 'title', message: 'Give the item’s title.' });
      return;
    }
    const values = { title, reportOf, summary, ...(isExclusion ? {} : { kind }) };
    let problem: FormFailure | null = null;
    const saved = await agenda.change(
      item?.id ?? 'agenda',
      async () => {
        const result = item === null ? await api.call('agendaItems/create', { meetingId: meeting.id, ...values }) : await api.call('agendaItems/update', { id: item.id, ...values });
        // A refusal that names a field is shown beside it, not only as a toast.
        if (!result.ok) problem = failureOf(result.error.message);
        return result;
      },
      (done) => (item === null ? `Added “${done.title}” as item ${done.position}.` : `Saved “${done.title}”.`),
      item === null ? undefined : { itemId: item.id, control: 'edit' },
    );
    if (saved) onClose();
    else setFailure(problem);
  };

  return (
    <form className="plan-form plan-form--inset agenda-form" aria-label={item === null ? 'New agenda item' : `Edit “${item.title}”`} noValidate onSubmit={(event) => void save(event)}>
      {item === null && <h3 className="agenda-form__heading">New agenda item</h3>}
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <TextField label="Title" isRequired isFocused value={title} onChange={setTitle} error={errorFor(failure, 'title')} />
        {!isExclusion && <SelectField label="Kind" value={kind} options={KIND_OPTIONS} onChange={setKind} error={errorFor(failure, 'kind')} className="agenda-form__kind" />}
      </div>
      {!isExclusion && <TextField label="Report of" hint="Who presents it, for example Strategic Director of Children and Families." value={reportOf} onChange={setReportOf} error={errorFor(failure, 'reportOf')} />}
      <TextField label="Summary" hint="What the committee is asked to do, as the agenda prints it." isMultiline value={summary} onChange={setSummary} error={errorFor(failure, 'summary')} />
      <FormActions isBusy={isBusy} saveLabel={item === null ? 'Add the item' : 'Save the item'} onCancel={onClose} />
    </form>
  );
}
