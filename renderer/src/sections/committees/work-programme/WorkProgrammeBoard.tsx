import { useRef } from 'react';
import { useWorkspaceRead } from '../../../hooks/use-workspace-read';
import { todayIso } from '../../plans/plan-words';
import { deadlineSentence } from '../../settings/NumberingRules';
import { BoardContext, type Board } from './board-context';
import { layoutBoard, type BoardLayout } from './board-groups';
import { GroupSection } from './GroupSection';
import { useAgendaLinks } from './use-agenda-links';
import { useBoardActions } from './use-board-actions';
import { useDragAndDrop } from './use-drag-and-drop';
import { useProgrammeData } from './use-programme-data';
import './work-programme.css';

/**
 * A committee's work programme board: the items for each of its meetings
 * (upcoming first, earlier ones folded away) and the items to be scheduled.
 * Items move by drag and drop or, always, by each row's Move controls; every
 * move is announced and focus stays on the item that moved.
 */
export function WorkProgrammeBoard({ committeeId }: { committeeId: number }) {
  const root = useRef<HTMLDivElement>(null);
  const today = todayIso();
  const { data, isLoading, reload } = useProgrammeData(committeeId);
  const actions = useBoardActions({ committeeId, root, today, reload });
  const drag = useDragAndDrop((item, to, position) => void actions.moveItem(item, to, position, 'item'));
  const layout = data ? layoutBoard(data.meetings, data.items, today) : null;
  const agendaLinks = useAgendaLinks(layout?.upcoming.flatMap((group) => (group.meeting ? [group.meeting.id] : [])) ?? []);

  return (
    <div ref={root} className="wp-board">
      {/* Always in the page, so the first announcement is read too. */}
      <p className="visually-hidden" role="status">{actions.announcement}</p>
      {layout ? (
        <BoardContext value={{ layout, actions, drag, agendaLinks } satisfies Board}>
          <BoardIntro />
          <BoardGroups layout={layout} />
        </BoardContext>
      ) : (
        <p>{isLoading ? 'Loading the work programme…' : 'The work programme could not be read.'}</p>
      )}
    </div>
  );
}

function BoardIntro() {
  const settings = useWorkspaceRead('settings/get', {});
  const rule = settings.value ? deadlineSentence(String(settings.value.reportDeadlineDays), settings.value.reportDeadlineBasis) : '';
  return (
    <p className="wp-intro">
      What the committee will look at, meeting by meeting. Drag an item by its grip <span aria-hidden="true">⠿</span> onto another meeting, or use
      its Move buttons. {rule && <>{rule} A deadline can be changed for one meeting.</>}
    </p>
  );
}

function BoardGroups({ layout }: { layout: BoardLayout }) {
  return (
    <>
      {layout.upcoming.length === 0 && (
        <p className="wp-note">No meetings are coming up. Once meetings are added to the committee’s schedule, items can be moved onto them.</p>
      )}
      {layout.upcoming.map((group) => <GroupSection key={group.key} group={group} />)}
      <GroupSection group={layout.unscheduled} />
      {layout.earlier.length > 0 && (
        <details className="wp-earlier">
          <summary>
            Earlier meetings <span className="wp-earlier__count">({layout.earlier.length})</span>
          </summary>
          {layout.earlier.map((group) => <GroupSection key={group.key} group={group} />)}
        </details>
      )}
    </>
  );
}
