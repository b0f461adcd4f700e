import { useId, useRef, useState } from 'react';
import type { CommitteeDetail, Membership, MembershipYear } from '../../../../shared/api/methods/committees';
import { MEMBERSHIP_ROLE_LABELS } from '../../../../shared/api/methods/committees';
import { AddMember } from './AddMember';
import { callForCommitteeForm } from './committee-call';
import { formatMunicipalYear } from '../../../../shared/format/municipal-year';
import { memberCount, personName, ROLE_GROUP_NAMES } from './committee-words';
import { CopyYear } from './CopyYear';
import { MemberGroups } from './MemberGroups';
import { useCurrentMunicipalYear } from './use-current-year';
import { useLiveRead } from './use-live-read';

/** Who sits on the committee in a municipal year: grouped by role, reordered, added, removed, copied to the next year. */
export function MembersPanel({ committee }: { committee: CommitteeDetail }) {
  const current = useCurrentMunicipalYear();
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? current;
  if (current === null || year === null) return <p>Loading the members…</p>;
  return <YearMembers key={year} committee={committee} year={year} current={current} onYear={setChosen} />;
}

type YearProps = { committee: CommitteeDetail; year: number; current: number; onYear: (year: number) => void };

function YearMembers({ committee, year, current, onYear }: YearProps) {
  const years = useLiveRead('memberships/years', { committeeId: committee.id });
  const members = useLiveRead('memberships/list', { committeeId: committee.id, municipalYear: year });
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const counts = new Map((years.value ?? []).map((one) => [one.municipalYear, one.memberCount]));
  const list = members.value ?? [];
  const changed = () => {
    members.reload();
    years.reload();
  };

  const move = async (membership: Membership, delta: -1 | 1) => {
    const group = list.filter((one) => one.role === membership.role);
    const index = group.findIndex((one) => one.id === membership.id);
    const other = group[index + delta];
    if (!other) return;
    const ids = list.map((one) => (one.id === membership.id ? other.id : one.id === other.id ? membership.id : one.id));
    const result = await callForCommitteeForm('memberships/reorder', { committeeId: committee.id, municipalYear: year, ids });
    if (!result.ok) {
      setAnnouncement(result.message);
      return;
    }
    members.set(result.value);
    setAnnouncement(`Moved ${personName(membership.person)} ${delta === -1 ? 'up' : 'down'}: now ${String(index + delta + 1)} of ${String(group.length)} under ${ROLE_GROUP_NAMES[membership.role]}.`);
  };
  const remove = async (membership: Membership) => {
    const result = await callForCommitteeForm('memberships/remove', { id: membership.id });
    if (result.ok) {
      setAnnouncement(`Removed ${personName(membership.person)} from ${formatMunicipalYear(year)}.`);
      changed();
      heading.current?.focus();
    }
    return result;
  };

  return (
    <div className="committee-members-panel">
      <div className="committee-year-bar">
        <YearChooser years={years.value ?? []} year={year} current={current} onYear={onYear} />
        {list.length > 0 && (
          <CopyYear committeeId={committee.id} fromYear={year} toYear={year + 1} targetCount={counts.get(year + 1) ?? 0} onCopied={years.reload} onShow={onYear} />
        )}
      </div>
      <h2 ref={heading} tabIndex={-1} className="committee-panel__heading">
        Members for {formatMunicipalYear(year)} <span className="committee-group__count">({memberCount(list.length)})</span>
      </h2>
      <p className="visually-hidden" role="status">{announcement}</p>
      {members.error && <p role="alert" className="plan-problem">{members.error}</p>}
      {members.value === null ? (
        <p>Loading the members…</p>
      ) : list.length === 0 ? (
        <EmptyYear year={year} previousCount={counts.get(year - 1) ?? 0} />
      ) : (
        <MemberGroups
          members={list}
          onMove={move}
          onChanged={(membership) => {
            setAnnouncement(`Saved ${personName(membership.person)} as ${MEMBERSHIP_ROLE_LABELS[membership.role].toLowerCase()}.`);
            changed();
          }}
          onRemove={remove}
        />
      )}
      <AddMember
        committeeId={committee.id}
        year={year}
        members={list}
        onAdded={(membership) => {
          setAnnouncement(`Added ${personName(membership.person)} as ${MEMBERSHIP_ROLE_LABELS[membership.role].toLowerCase()} for ${formatMunicipalYear(year)}.`);
          changed();
        }}
      />
    </div>
  );
}

function EmptyYear({ year, previousCount }: { year: number; previousCount: number }) {
  return (
    <p className="committee-empty">
      No members for {formatMunicipalYear(year)} yet. Add them below
      {previousCount > 0 ? `, or choose ${formatMunicipalYear(year - 1)} above and copy its ${memberCount(previousCount)} to ${formatMunicipalYear(year)}` : ''}.
    </p>
  );
}

type ChooserProps = { years: readonly MembershipYear[]; year: number; current: number; onYear: (year: number) => void };

/** The years that have members, plus this year and next (which may not yet), newest first. */
function YearChooser({ years, year, current, onYear }: ChooserProps) {
  const id = useId();
  const counts = new Map(years.map((one) => [one.municipalYear, one.memberCount]));
  const choices = [...new Set([...counts.keys(), current, current + 1, year])].sort((a, b) => b - a);
  const labelOf = (one: number) => {
    const when = one === current ? ' (this year)' : one === current + 1 ? ' (next year)' : '';
    const count = counts.get(one) ?? 0;
    return `${formatMunicipalYear(one)}${when} – ${count === 0 ? 'no members yet' : memberCount(count)}`;
  };
  return (
    <div className="plan-field committee-year">
      <label htmlFor={id}>Municipal year</label>
      <select id={id} value={String(year)} onChange={(event) => { onYear(Number(event.target.value)); }}>
        {choices.map((one) => <option key={one} value={String(one)}>{labelOf(one)}</option>)}
      </select>
    </div>
  );
}
