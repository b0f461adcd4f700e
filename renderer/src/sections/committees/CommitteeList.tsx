import { useRef, useState } from 'react';
import type { CommitteeSummary } from '../../../../shared/api/methods/committees';
import { longDate } from '../../../../shared/format/dates';
import { EmptyState } from '../../components/EmptyState';
import { useFocusReturn } from '../plans/FormParts';
import { formatMunicipalYear } from '../../../../shared/format/municipal-year';
import { committeeHash } from './CommitteeTabs';
import { CheckboxField } from './fields';
import { NewCommitteeForm } from './NewCommitteeForm';
import { useCurrentMunicipalYear } from './use-current-year';
import { useLiveRead } from './use-live-read';
import { callForCommitteeForm } from './committee-call';

/** Every committee with its parent, prefix, this year's chair and next meeting; archived ones on request. */
export function CommitteeList() {
  const [isArchivedShown, setArchivedShown] = useState(false);
  const [isFormOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [openerRef, requestOpenerFocus] = useFocusReturn<HTMLButtonElement>();
  const archivedToggle = useRef<HTMLInputElement>(null);
  const list = useLiveRead('committees/list', { includeArchived: isArchivedShown });
  const year = useCurrentMunicipalYear();

  const archive = async (committee: CommitteeSummary, isArchived: boolean) => {
    const result = await callForCommitteeForm('committees/archive', { id: committee.id, isArchived });
    if (!result.ok) {
      setAnnouncement(result.message);
      return;
    }
    setAnnouncement(
      isArchived
        ? `Archived ${committee.name}.${isArchivedShown ? '' : ' It is kept, but no longer listed: tick “Show archived committees” to see it.'}`
        : `Restored ${committee.name}.`,
    );
    list.reload();
    // The row leaves the list, taking the focused button with it: the toggle that brings it back is the next place to be.
    if (isArchived && !isArchivedShown) archivedToggle.current?.focus();
  };

  return (
    <div className="committees">
      <div className="committee-toolbar">
        {!isFormOpen && (
          <button ref={openerRef} type="button" onClick={() => { setFormOpen(true); }}>New committee</button>
        )}
        <CheckboxField label="Show archived committees" isChecked={isArchivedShown} onChange={setArchivedShown} inputRef={archivedToggle} />
      </div>
      {isFormOpen && (
        <NewCommitteeForm committees={(list.value ?? []).filter((one) => one.archivedAt === null)} onCancel={() => { setFormOpen(false); requestOpenerFocus(); }} />
      )}
      <p className="visually-hidden" role="status">{announcement}</p>
      {list.error && <p role="alert" className="plan-problem">{list.error}</p>}
      {/* The chair column is headed with the year, so the table waits for both rather than changing its heading. */}
      {list.value === null || year === null ? (
        <p>Loading committees…</p>
      ) : list.value.length === 0 ? (
        <EmptyState title="No committees yet">
          <p>Add the committees and subgroups this workspace serves with “New committee”: each gets its members for the year, terms of reference and schedule of meetings.</p>
        </EmptyState>
      ) : (
        <CommitteeTable committees={list.value} year={year} onArchive={archive} />
      )}
    </div>
  );
}

type TableProps = {
  committees: readonly CommitteeSummary[];
  year: number;
  onArchive: (committee: CommitteeSummary, isArchived: boolean) => Promise<void>;
};

function CommitteeTable({ committees, year, onArchive }: TableProps) {
  return (
    <table className="pack-table committee-table">
      <caption className="visually-hidden">Committees</caption>
      <thead>
        <tr>
          <th scope="col">Committee</th>
          <th scope="col">Parent committee</th>
          <th scope="col">Minute prefix</th>
          <th scope="col">Chair {formatMunicipalYear(year)}</th>
          <th scope="col">Next meeting</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {committees.map((committee) => (
          <tr key={committee.id} className={committee.archivedAt === null ? undefined : 'committee-table__archived'}>
            <th scope="row">
              <a className="committee-table__name" href={committeeHash(committee.id)}>{committee.name}</a>
              {committee.archivedAt !== null && <span className="plan-flag">Archived</span>}
            </th>
            <td>{committee.parentName ?? <span className="plan-muted">None</span>}</td>
            <td><span className="committee-prefix-text">{committee.minutePrefix}</span></td>
            <td>{committee.chairName ?? <span className="plan-muted">Not yet chosen</span>}</td>
            <td>{committee.nextMeetingDate ? longDate(committee.nextMeetingDate) : <span className="plan-muted">None scheduled</span>}</td>
            <td>
              <button type="button" className="button-secondary button-secondary--small" onClick={() => void onArchive(committee, committee.archivedAt === null)}>
                {committee.archivedAt === null ? 'Archive' : 'Restore'}
                <span className="visually-hidden"> {committee.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
