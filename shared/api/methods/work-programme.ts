import { z } from 'zod';
import { method } from '../method';
import { id, line, orderedIds, paragraph, requiredLine } from '../schema';

/** A topic the committee plans to look at, scheduled for a meeting or waiting to be scheduled. */
export type WorkProgrammeItem = {
  id: number;
  committeeId: number;
  /** null: "to be scheduled". */
  meetingId: number | null;
  meetingDate: string | null;
  /** Order within its meeting (or within the items to be scheduled), from 1. */
  position: number;
  item: string;
  purpose: string;
  leadOfficer: string;
  executiveMember: string;
  comments: string;
  createdAt: string;
  updatedAt: string;
};

const workProgrammeFields = {
  item: requiredLine('the item (what the committee will look at)', 500),
  purpose: paragraph(5_000).optional(),
  leadOfficer: line(300).optional(),
  executiveMember: line(300).optional(),
  comments: paragraph(5_000).optional(),
};

/** A meeting of the committee, or null for the items to be scheduled. */
const meetingOrUnscheduled = id.nullable();

export const workProgrammeMethods = {
  'workProgramme/list': method<WorkProgrammeItem[]>()(
    z.object({ committeeId: id }).strict(),
    'A committee’s work programme: items by meeting date then position, items to be scheduled last',
  ),
  'workProgramme/create': method<WorkProgrammeItem>()(
    z.object({ committeeId: id, meetingId: id.optional(), ...workProgrammeFields }).strict(),
    'Add an item at the end of a meeting’s list, or of the items to be scheduled',
  ),
  'workProgramme/update': method<WorkProgrammeItem>()(
    z.object({ id, ...workProgrammeFields, item: workProgrammeFields.item.optional() }).strict(),
    'Change a work programme item’s text (use workProgramme/move to schedule it)',
  ),
  'workProgramme/move': method<WorkProgrammeItem>()(
    z
      .object({
        id,
        meetingId: meetingOrUnscheduled,
        position: z.number().int('A position is a whole number.').positive('Positions start at 1.').optional(),
      })
      .strict(),
    'Schedule an item for another meeting of its committee (or null: to be scheduled), at a position (default: last)',
  ),
  'workProgramme/reorder': method<WorkProgrammeItem[]>()(
    z.object({ committeeId: id, meetingId: meetingOrUnscheduled, ids: orderedIds }).strict(),
    'Put the items of one meeting (or those to be scheduled) in a new order (every item, once)',
  ),
  'workProgramme/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a work programme item; agenda items linked to it are kept'),
} as const;
