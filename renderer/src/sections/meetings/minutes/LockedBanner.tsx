import type { Ref } from 'react';
import type { MinutesApproval } from '../../../../../shared/api/methods/minutes';
import { longDate } from '../../../../../shared/format/dates';
import { hashFor } from '../../../sections';

type Props = { approval: MinutesApproval; ref?: Ref<HTMLDivElement> };

/** Approved minutes are the record: the banner says so, why they cannot change, and where they were approved. */
export function LockedBanner({ approval, ref }: Props) {
  return (
    <div ref={ref} className="minutes-locked" tabIndex={-1} aria-labelledby="minutes-locked-heading">
      <h3 id="minutes-locked-heading">Approved as a correct record</h3>
      <p>{approval.lockReason}</p>
      <p>
        <a href={hashFor('meetings', approval.approvingMeetingId)}>Open the meeting of {longDate(approval.approvingMeetingDate)}</a>
      </p>
    </div>
  );
}
