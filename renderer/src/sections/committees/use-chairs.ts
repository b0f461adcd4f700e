import { useEffect, useState } from 'react';
import type { CommitteeSummary } from '../../../../shared/api/methods/committees';
import { api } from '../../api/client';
import { personName } from './committee-words';

/**
 * Each committee's chair in one municipal year, by committee id ('' when it
 * has none). One read per committee: the list holds a handful.
 */
export function useChairs(committees: readonly CommitteeSummary[] | null, municipalYear: number | null): ReadonlyMap<number, string> {
  const [chairs, setChairs] = useState<ReadonlyMap<number, string>>(new Map());
  const ids = (committees ?? []).map((committee) => committee.id).join(',');
  useEffect(() => {
    if (municipalYear === null || ids === '') return;
    let isCurrent = true;
    void Promise.all(
      ids.split(',').map(async (text) => {
        const committeeId = Number(text);
        const result = await api.call('memberships/list', { committeeId, municipalYear });
        const chair = result.ok ? result.value.find((membership) => membership.role === 'chair') : undefined;
        return [committeeId, chair ? personName(chair.person) : ''] as const;
      }),
    ).then((pairs) => { if (isCurrent) setChairs(new Map(pairs)); });
    return () => { isCurrent = false; };
  }, [ids, municipalYear]);
  return chairs;
}
