import { useEffect, useState } from 'react';
import { api } from '../../../api/client';

/** Work programme item id → the meetings whose agendas carry it. */
export type AgendaLinks = ReadonlyMap<number, readonly number[]>;

const NO_LINKS: AgendaLinks = new Map();

/**
 * Which work programme items are already on an upcoming meeting's agenda.
 * One read per upcoming meeting (a committee has a handful), made when the
 * set of meetings changes and not after each move: moving an item on the
 * board never changes an agenda. Past meetings are left out on purpose —
 * their agendas are history, and reading them all would grow with the years.
 */
export function useAgendaLinks(meetingIds: readonly number[]): AgendaLinks {
  const key = meetingIds.join(',');
  const [loaded, setLoaded] = useState<{ key: string; links: AgendaLinks } | null>(null);

  useEffect(() => {
    const ids = key === '' ? [] : key.split(',').map(Number);
    let isCurrent = true;
    void Promise.all(ids.map((id) => api.call('meetings/get', { id }))).then((results) => {
      const links = new Map<number, number[]>();
      for (const result of results) {
        // A meeting that cannot be read just shows no links: the board itself does not depend on them.
        if (!result.ok) continue;
        for (const agendaItem of result.value.agendaItems) {
          if (agendaItem.workProgrammeItemId === null) continue;
          links.set(agendaItem.workProgrammeItemId, [...(links.get(agendaItem.workProgrammeItemId) ?? []), result.value.id]);
        }
      }
      if (isCurrent) setLoaded({ key, links });
    });
    return () => { isCurrent = false; };
  }, [key]);

  return loaded?.key === key ? loaded.links : NO_LINKS;
}
