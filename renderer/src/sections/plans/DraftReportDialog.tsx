import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ActionPlanView } from '../../../../shared/api/methods/action-plans';
import type { MeetingSummary } from '../../../../shared/api/methods/meetings';
import type { ProgressReportDraft } from '../../../../shared/api/methods/progress-reports';
import { goTo, hashFor } from '../../sections';
import { useMeetingDetail, useMeetingList } from '../meetings/use-meetings';
import { SelectField, TextField } from './Field';
import { FormProblem, useFocusReturn } from './FormParts';
import { callForForm, errorFor, formError, type FormFailure } from './plan-call';
import { countOf, longDate, shortDate, todayIso } from './plan-words';

/** "Draft progress report…": opens the dialog that drafts the report for a meeting. */
export function DraftReportButton({ plan }: { plan: ActionPlanView }) {
  const [isOpen, setOpen] = useState(false);
  // Focus goes back to the button once the dialog has gone (while a modal is open, nothing outside it can take focus).
  const [openerRef, requestOpenerFocus] = useFocusReturn<HTMLButtonElement>();
  return (
    <div className="plan-page__tools">
      <button ref={openerRef} type="button" onClick={() => { setOpen(true); }}>Draft progress report…</button>
      <span className="hint">For a meeting: a report with a section per recommendation, seeded with the updates since the last report.</span>
      {isOpen && <DraftReportDialog plan={plan} onClose={() => { setOpen(false); requestOpenerFocus(); }} />}
    </div>
  );
}

/** Upcoming meetings first (soonest first), then earlier ones (latest first). */
function meetingsInOrder(meetings: readonly MeetingSummary[], today: string): MeetingSummary[] {
  const upcoming = meetings.filter((meeting) => meeting.meetingDate >= today).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  const earlier = meetings.filter((meeting) => meeting.meetingDate < today).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
  return [...upcoming, ...earlier];
}

const FIELDS = ['meetingId', 'agendaItemId', 'since'] as const;

function DraftReportDialog({ plan, onClose }: { plan: ActionPlanView; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const meetings = useMeetingList();
  const today = todayIso();
  const ordered = meetingsInOrder(meetings.value ?? [], today);
  const [chosenMeeting, setMeeting] = useState('');
  const [agendaItem, setAgendaItem] = useState('');
  const [since, setSince] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [draft, setDraft] = useState<ProgressReportDraft | null>(null);
  const headingId = useId();
  const meetingId = chosenMeeting === '' ? (ordered[0]?.id ?? null) : Number(chosenMeeting);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => { element.close(); };
  }, []);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (meetingId === null) return;
    setBusy(true);
    setFailure(null);
    const result = await callForForm('progressReports/draft', {
      planId: plan.id,
      meetingId,
      ...(agendaItem === '' ? {} : { agendaItemId: Number(agendaItem) }),
      ...(since === '' ? {} : { since }),
    });
    setBusy(false);
    if (result.ok) setDraft(result.value);
    else setFailure(result);
  };

  return (
    <dialog ref={dialog} className="pack-dialog plan-dialog" aria-labelledby={headingId} onCancel={onClose}>
      <h2 id={headingId}>Draft a progress report</h2>
      {draft ? (
        <DraftMade draft={draft} onClose={onClose} />
      ) : (
        <form className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
          <p>A draft report on “{plan.title}”, with its cover sheet, an introduction, the plan’s structure, a section per recommendation and a conclusion, and the plan attached. You rewrite it in the editor.</p>
          <FormProblem message={formError(failure, FIELDS)} />
          {meetings.isLoading ? (
            <p>Loading meetings…</p>
          ) : ordered.length === 0 ? (
            <p>There are no meetings in this workspace. Add the meeting the report goes to first.</p>
          ) : (
            <>
              <SelectField
                label="Meeting"
                value={String(meetingId ?? '')}
                onChange={(value) => { setMeeting(value); setAgendaItem(''); }}
                options={ordered.map((meeting) => ({
                  value: String(meeting.id),
                  label: `${meeting.committeeName}, ${longDate(meeting.meetingDate)}${meeting.meetingDate >= today ? '' : ' (held)'}`,
                }))}
                error={errorFor(failure, 'meetingId')}
              />
              {meetingId !== null && <AgendaItemField meetingId={meetingId} value={agendaItem} onChange={setAgendaItem} error={errorFor(failure, 'agendaItemId')} />}
              <TextField
                label="Report updates since (optional)"
                hint="Leave empty to start from the last meeting that had a report on this plan."
                type="date"
                max={today}
                value={since}
                onChange={setSince}
                error={errorFor(failure, 'since')}
              />
            </>
          )}
          <div className="plan-form__actions">
            <button type="submit" disabled={isBusy || meetingId === null} aria-busy={isBusy}>{isBusy ? 'Drafting…' : 'Draft the report'}</button>
            <button type="button" className="button-secondary" onClick={onClose}>Cancel</button>
          </div>
        </form>
      )}
    </dialog>
  );
}

type AgendaProps = { meetingId: number; value: string; onChange: (value: string) => void; error: string | null };

function AgendaItemField({ meetingId, value, onChange, error }: AgendaProps) {
  const meeting = useMeetingDetail(meetingId, 0);
  const items = meeting.value?.agendaItems ?? [];
  return (
    <SelectField
      label="Agenda item (optional)"
      hint="The report and the plan are added to this item as its papers."
      value={value}
      onChange={onChange}
      options={[
        { value: '', label: meeting.isLoading ? 'Loading the agenda…' : 'None: do not add to the agenda' },
        ...items.map((item, index) => ({ value: String(item.id), label: `${String(index + 1)}. ${item.title}` })),
      ]}
      error={error}
    />
  );
}

function DraftMade({ draft, onClose }: { draft: ProgressReportDraft; onClose: () => void }) {
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => { openButton.current?.focus(); }, []);
  const open = () => {
    onClose();
    goTo(hashFor('documents', draft.document.id));
  };
  return (
    <div role="status" className="plan-draft-made">
      <p><strong>Drafted “{draft.document.title}”</strong>, with the plan as it stood on {shortDate(draft.asAt)}.</p>
      <p>{draft.since === null ? 'This is the first report on the plan, so every update is included.' : `Updates since ${shortDate(draft.since)} are reported.`}</p>
      <p>{countOf(draft.sections.length, 'section')}:</p>
      <ul className="plan-draft-made__sections">
        {draft.sections.map((section) => <li key={section.key}>{section.heading}</li>)}
      </ul>
      {draft.paperIds.length > 0 && <p>{countOf(draft.paperIds.length, 'paper')} added to the agenda item.</p>}
      <div className="plan-form__actions">
        <button ref={openButton} type="button" onClick={open}>Open the report</button>
        <button type="button" className="button-secondary" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
