import { AUTHORITY, MEMBERSHIP_2025, MEMBERSHIP_CHANGES_2026, PARENT_COMMITTEE, PEOPLE, SUBGROUP } from '../content/authority';
import { logoPng } from '../files';
import type { DemoBuilder } from '../index';

export type DemoPeople = {
  /** Person id by the content's key ("chair", "rahman"). */
  personId: (key: string) => number;
  subgroupId: number;
  parentId: number;
};

/** Settings, logo, people, the parent committee and the subgroup with two years of membership. */
export async function buildAuthority({ call, clock, step }: DemoBuilder): Promise<DemoPeople> {
  clock.set('2025-08-04T09:00:00Z');
  await call('settings/update', { authorName: AUTHORITY.authorName });
  const logo = await call('attachments/add', { fileName: 'castlemere-crest.png', dataBase64: logoPng().toString('base64'), description: 'Council crest' });
  await call('settings/update', {
    name: AUTHORITY.name,
    address: AUTHORITY.address,
    accentColour: AUTHORITY.accentColour,
    logoAttachmentId: logo.id,
    minuteNumbering: 'municipal_year',
    municipalYearStartMonth: 5,
    reportDeadlineDays: 11,
    reportDeadlineBasis: 'calendar_days',
  });
  // The council's own closure days, on top of the bank holidays the app knows.
  await call('calendar/addNonWorkingDay', { date: '2025-12-24', name: 'Council offices closed (Christmas Eve)' });
  await call('calendar/addNonWorkingDay', { date: '2026-12-24', name: 'Council offices closed (Christmas Eve)' });
  step();

  const ids = new Map<string, number>();
  for (const { key, ...person } of PEOPLE) {
    const created = await call('people/create', person);
    ids.set(key, created.id);
  }
  step();
  const personId = (key: string): number => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`The demo names a person "${key}" it never created.`);
    return found;
  };

  const parent = await call('committees/create', { ...PARENT_COMMITTEE, contactOfficerId: personId('rahman') });
  const { rationale, ...subgroupFields } = SUBGROUP;
  const subgroup = await call('committees/create', { ...subgroupFields, parentId: parent.id, contactOfficerId: personId('rahman') });
  await call('committees/setRationale', { id: subgroup.id, items: [...rationale] });
  step();

  for (const member of MEMBERSHIP_2025) {
    await call('memberships/add', { committeeId: subgroup.id, personId: personId(member.person), municipalYear: 2025, role: member.role, ...(member.capacity ? { capacity: member.capacity } : {}) });
  }
  clock.set('2026-05-20T09:00:00Z');
  await call('memberships/copyYear', { committeeId: subgroup.id, fromYear: 2025, toYear: 2026 });
  const year2026 = await call('memberships/list', { committeeId: subgroup.id, municipalYear: 2026 });
  const leaving = year2026.find((membership) => membership.personId === personId(MEMBERSHIP_CHANGES_2026.leaves));
  if (leaving) await call('memberships/remove', { id: leaving.id });
  await call('memberships/add', { committeeId: subgroup.id, personId: personId(MEMBERSHIP_CHANGES_2026.joins), municipalYear: 2026, role: 'member' });
  step();

  return { personId, subgroupId: subgroup.id, parentId: parent.id };
}
