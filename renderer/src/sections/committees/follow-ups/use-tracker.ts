import { useState } from 'react';
import type { ApiInput } from '../../../../../shared/api/contract';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import type { FormResult } from '../../plans/plan-call';
import { callForCommitteeForm } from '../committee-call';
import { useLiveRead, type LiveRead } from '../use-live-read';

export type FollowUpChange = ApiInput<'followUps/update'>;

export type Tracker = {
  followUps: LiveRead<FollowUpListing[]>;
  /** The last change in words, for the live region. */
  announcement: string;
  /** Sends a change; the engine's answer replaces the row on screen, and `describe` says what happened. */
  update: (change: FollowUpChange, describe: (saved: FollowUpListing) => string) => Promise<FormResult<FollowUpListing>>;
};

/** A committee's follow-ups, and changing one without reading the whole list again. */
export function useTracker(committeeId: number): Tracker {
  const followUps = useLiveRead('followUps/list', { committeeId });
  const [announcement, setAnnouncement] = useState('');
  const update: Tracker['update'] = async (change, describe) => {
    const result = await callForCommitteeForm('followUps/update', change);
    if (result.ok) {
      const saved = result.value;
      followUps.set((followUps.value ?? []).map((followUp) => (followUp.id === saved.id ? saved : followUp)));
      setAnnouncement(describe(saved));
    }
    return result;
  };
  return { followUps, announcement, update };
}
