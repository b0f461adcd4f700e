// Words and small rules the committee pages share: the municipal year as the
// council writes it, role groups as a membership list heads them.
import type { MembershipRole } from '../../../../shared/api/methods/committees';
import type { Person } from '../../../../shared/api/methods/people';

/** How a group of members is headed on the Members tab, in the seed's order. */
export const ROLE_GROUP_NAMES: Record<MembershipRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  member: 'Councillors',
  co_opted_member: 'Co-opted members',
  lead_executive_member: 'Lead executive members',
  strategic_director: 'Strategic directors',
  lead_officer: 'Lead officers',
};


/** "Councillor Priya Ashworth": the honorific and name, as a list of members writes them. */
export function personName(person: Pick<Person, 'honorific' | 'fullName'>): string {
  return [person.honorific, person.fullName].filter((part) => part.trim() !== '').join(' ');
}

/** "Scrutiny Support Officer, Castlemere City Council": what tells two people apart in a picker. */
export function personRole(person: Pick<Person, 'jobTitle' | 'organisation'>): string {
  return [person.jobTitle, person.organisation].filter((part) => part.trim() !== '').join(', ');
}

/** "1 member", "3 members". */
export function memberCount(count: number): string {
  return count === 1 ? '1 member' : `${String(count)} members`;
}
