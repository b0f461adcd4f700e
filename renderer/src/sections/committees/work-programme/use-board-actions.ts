// What the board's controls do: each change goes to the engine, the board is
// read back, focus is put where the user is working and the change is
// announced. A refusal leaves the board as it was, with the engine's message.
import { useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Meeting } from '../../../../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { longDate } from '../../../../../shared/format/dates';
import type { FormResult } from '../../plans/plan-call';
import { callForCommitteeForm as callForForm } from '../committee-call';
import { allGroups, layoutBoard, movedMessage, type ProgrammeGroup } from './board-groups';
import type { ProgrammeData } from './use-programme-data';

/** The text of an item, as the add and edit forms send it. */
export type ItemValues = Pick<WorkProgrammeItem, 'item' | 'purpose' | 'leadOfficer' | 'executiveMember' | 'comments'>;

/** A control of an item's row (`data-focus` in the row) or of a group (`data-focus` in the group). */
export type ItemControl = 'up' | 'down' | 'move-to' | 'item' | 'edit' | 'delete';
export type GroupControl = 'heading' | 'deadline' | 'add';

/** A refusal shown beside the item it was about. */
export type ItemProblem = { itemId: number; message: string };

export type BoardActions = {
  announcement: string;
  problem: ItemProblem | null;
  /** An item whose move is under way: its controls wait. */
  busyItemId: number | null;
  moveItem: (item: WorkProgrammeItem, to: ProgrammeGroup, position: number | undefined, focus: ItemControl) => Promise<void>;
  createItem: (group: ProgrammeGroup, values: ItemValues) => Promise<FormResult<WorkProgrammeItem>>;
  updateItem: (item: WorkProgrammeItem, values: ItemValues) => Promise<FormResult<WorkProgrammeItem>>;
  deleteItem: (item: WorkProgrammeItem, group: ProgrammeGroup) => Promise<FormResult<unknown>>;
  /** A date (YYYY-MM-DD) sets the deadline by hand; null puts it back to the authority's rule. */
  setDeadline: (meeting: Meeting, date: string | null) => Promise<FormResult<Meeting>>;
  focusItem: (itemId: number, control: ItemControl) => void;
  focusGroup: (groupKey: string, control: GroupControl) => void;
};

type Options = {
  committeeId: number;
  root: RefObject<HTMLElement | null>;
  today: string;
  reload: () => Promise<ProgrammeData | null>;
};

/** The board's changes, with their announcements and where focus goes after each. */
export function useBoardActions({ committeeId, root, today, reload }: Options): BoardActions {
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<ItemProblem | null>(null);
  const [busyItemId, setBusyItemId] = useState<number | null>(null);

  const focusIn = (selector: string, fallback: string) => {
    const find = (one: string) => root.current?.querySelector<HTMLElement>(one) ?? null;
    const first = find(selector);
    const target = first && !first.matches(':disabled') ? first : find(fallback);
    // An item moved to an earlier meeting lands in the folded "Earlier meetings": unfold it, or focus would be lost.
    const folded = target?.closest('details');
    if (folded && !folded.open) folded.open = true;
    target?.focus();
  };
  const focusItem = (itemId: number, control: ItemControl) => {
    const row = `[data-item-id="${itemId}"]`;
    // Move up on the first row is disabled: the other direction is the next useful key.
    const other = control === 'up' ? 'down' : control === 'down' ? 'up' : 'item';
    focusIn(`${row} [data-focus="${control}"]`, `${row} [data-focus="${other}"]`);
  };
  const focusGroup = (groupKey: string, control: GroupControl) => {
    focusIn(`[data-group-key="${groupKey}"] [data-focus="${control}"]`, `[data-group-key="${groupKey}"] [data-focus="heading"]`);
  };

  /** The item and its group as the board now shows them. */
  const placed = (data: ProgrammeData | null, itemId: number): { item: WorkProgrammeItem; group: ProgrammeGroup } | null => {
    if (!data) return null;
    const group = allGroups(layoutBoard(data.meetings, data.items, today)).find((candidate) => candidate.items.some((item) => item.id === itemId));
    const item = group?.items.find((candidate) => candidate.id === itemId);
    return group && item ? { item, group } : null;
  };

  const moveItem: BoardActions['moveItem'] = async (item, to, position, focus) => {
    setBusyItemId(item.id);
    setProblem(null);
    const result = await callForForm('workProgramme/move', { id: item.id, meetingId: to.meeting?.id ?? null, ...(position === undefined ? {} : { position }) });
    const now = result.ok ? placed(await reload(), item.id) : null;
    // Flushed before focus moves: the controls are disabled while a move is under way, and a disabled control takes no focus.
    flushSync(() => {
      setBusyItemId(null);
      if (!result.ok) setProblem({ itemId: item.id, message: result.message });
    });
    if (!result.ok) setAnnouncement(`“${item.item}” was not moved. ${result.message}`);
    else if (now) setAnnouncement(movedMessage(now.item, now.group));
    focusItem(item.id, focus);
  };

  const createItem: BoardActions['createItem'] = async (group, values) => {
    const meetingId = group.meeting?.id;
    const result = await callForForm('workProgramme/create', { committeeId, ...values, ...(meetingId === undefined ? {} : { meetingId }) });
    if (!result.ok) return result;
    const now = placed(await reload(), result.value.id);
    if (now) setAnnouncement(`Added “${now.item.item}” to ${now.group.name}, position ${now.item.position} of ${now.group.items.length}`);
    focusItem(result.value.id, 'item');
    return result;
  };

  const updateItem: BoardActions['updateItem'] = async (item, values) => {
    const result = await callForForm('workProgramme/update', { id: item.id, ...values });
    if (!result.ok) return result;
    await reload();
    // The row closes its form and puts focus back itself.
    setAnnouncement(`Saved “${result.value.item}”`);
    return result;
  };

  const deleteItem: BoardActions['deleteItem'] = async (item, group) => {
    const result = await callForForm('workProgramme/delete', { id: item.id });
    if (!result.ok) return result;
    await reload();
    setAnnouncement(`Deleted “${item.item}” from ${group.name}`);
    focusGroup(group.key, 'heading');
    return result;
  };

  const setDeadline: BoardActions['setDeadline'] = async (meeting, date) => {
    const result = await callForForm('meetings/update', date === null ? { id: meeting.id, resetReportDeadline: true } : { id: meeting.id, reportDeadline: date });
    if (!result.ok) return result;
    await reload();
    const due = result.value.reportDeadline ? longDate(result.value.reportDeadline) : 'no date';
    setAnnouncement(`Reports for ${longDate(meeting.meetingDate)} are now due ${due}${date === null ? ', by the authority’s rule' : ''}`);
    return result;
  };

  return { announcement, problem, busyItemId, moveItem, createItem, updateItem, deleteItem, setDeadline, focusItem, focusGroup };
}
