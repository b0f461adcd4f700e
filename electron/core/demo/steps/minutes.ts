import { JULY_FOLLOW_UPS, JULY_MINUTES } from '../content/meetings';
import { doc, paragraph } from '../rich-text';
import type { DemoBuilder } from '../index';
import type { DemoPeople } from './authority';

/** The July minutes: entries numbered by the engine, decisions, attendance (one member left early) and follow-ups. */
export async function buildJulyMinutes(
  { call, clock, step }: DemoBuilder,
  people: DemoPeople,
  meetingId: number,
  agendaItemIds: Map<string, number>,
  reportedMeetingId: number,
): Promise<void> {
  clock.set('2026-07-16T10:00:00Z');
  const entryIds: number[] = [];
  const decisionIds: number[][] = [];
  for (const entry of JULY_MINUTES.entries) {
    const agendaItemId = agendaItemIds.get(entry.agendaKey);
    const added = await call('minutes/addEntry', {
      meetingId,
      heading: entry.heading,
      ...(agendaItemId ? { agendaItemId } : {}),
      discussion: doc(...entry.discussion.map((text) => paragraph(text))),
    });
    entryIds.push(added.id);
    const decisions: number[] = [];
    for (const text of entry.decisions) decisions.push((await call('minutes/addDecision', { minuteEntryId: added.id, text })).id);
    decisionIds.push(decisions);
  }
  step();

  const { partial } = JULY_MINUTES;
  await call('minutes/setAttendance', {
    meetingId,
    attendees: [
      ...JULY_MINUTES.present.map((key) => ({
        personId: people.personId(key),
        status: 'present' as const,
        isChair: key === 'chair',
        ...(key === partial.person ? { fromMinuteId: entryIds[partial.fromEntry], toMinuteId: entryIds[partial.toEntry] } : {}),
      })),
      ...JULY_MINUTES.apologies.map((key) => ({ personId: people.personId(key), status: 'apologies' as const })),
      ...JULY_MINUTES.alsoAttending.map(({ person, capacity }) => ({ personId: people.personId(person), status: 'also_attending' as const, capacity })),
    ],
  });

  for (const followUp of JULY_FOLLOW_UPS) {
    const decisionId = decisionIds[followUp.entry]?.[followUp.decision];
    if (decisionId === undefined) throw new Error('The demo raises a follow-up on a decision it never made.');
    clock.set('2026-07-16T11:00:00Z');
    const created = await call('followUps/create', {
      decisionId,
      description: followUp.description,
      ownerPersonId: people.personId(followUp.ownerKey),
      dueDate: followUp.dueDate,
    });
    if (followUp.status === 'done') {
      clock.set(`${followUp.completedOn}T12:00:00Z`);
      await call('followUps/update', {
        id: created.id,
        status: 'done',
        completedOn: followUp.completedOn,
        ...('reportedTo' in followUp ? { reportedMeetingId: reportedMeetingId } : {}),
      });
    }
  }
  step();
}
