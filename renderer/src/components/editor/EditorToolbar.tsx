import { useState, type KeyboardEvent, type Ref } from 'react';
import { shortcutText, type ToolbarGroup } from './toolbar-items';

type Props = {
  groups: ToolbarGroup[];
  /** The editable area the toolbar works on. */
  controls: string;
  label: string;
  /** Escape leaves the toolbar for the text. */
  onLeave: () => void;
  ref?: Ref<HTMLDivElement>;
};

/**
 * A real ARIA toolbar: one tab stop, arrow keys (and Home, End) move between
 * the buttons, and the button last used keeps the tab stop.
 */
export function EditorToolbar({ groups, controls, label, onLeave, ref }: Props) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const enabled = groups.flatMap((group) => group.buttons).filter((button) => !button.isDisabled);
  const tabStop = enabled.some((button) => button.id === activeId) ? activeId : (enabled[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onLeave();
      return;
    }
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const current = buttons.findIndex((button) => button === document.activeElement);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
    const target = moves[event.key];
    if (target === undefined || buttons.length === 0) return;
    event.preventDefault();
    const next = buttons[(target + buttons.length) % buttons.length];
    next?.focus();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      aria-controls={controls}
      className="rte-toolbar"
      onKeyDown={onKeyDown}
      onFocus={(event) => { const id = (event.target as HTMLElement).dataset['id']; if (id) setActiveId(id); }}
    >
      {groups.map((group) => (
        <div key={group.label} role="group" aria-label={group.label} className="rte-toolbar__group">
          {group.buttons.map((button) => (
            <button
              key={button.id}
              type="button"
              data-id={button.id}
              className={`rte-button rte-button--${button.id}`}
              tabIndex={button.id === tabStop ? 0 : -1}
              aria-label={button.label}
              aria-pressed={button.isPressed}
              disabled={button.isDisabled}
              title={button.shortcut ? `${button.hint ?? button.label} (${shortcutText(button.shortcut)})` : (button.hint ?? button.label)}
              // Keep the text's selection: a click must not move focus before the command runs.
              onMouseDown={(event) => { event.preventDefault(); }}
              onClick={button.run}
            >
              {button.face}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
