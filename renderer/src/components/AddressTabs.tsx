// A tab list whose choice lives in the address ("#/committees/3/members"):
// back and forward move between tabs, a tab can be linked to, and the arrow
// keys, Home and End move along the tabs as in any tab list. The committee
// and plan pages share it.
import { useRef, type KeyboardEvent } from 'react';
import { goTo } from '../sections';

/** One tab: its id (part of the address and of the element ids) and the words on it. */
export type AddressTab<Id extends string> = { readonly id: Id; readonly label: string };

type Props<Id extends string> = {
  tabs: readonly AddressTab<Id>[];
  current: Id;
  /** The tab list's name for screen readers: "Views of the committee". */
  label: string;
  /** The address a tab opens. */
  hashOf: (id: Id) => string;
  /** Names the tabs' and panels' element ids: "committee" gives "committee-tab-members" and "committee-panel-members". */
  idPrefix: string;
  className?: string;
};

/** The id of a tab's button, for its panel's aria-labelledby. */
export const tabIdFor = (idPrefix: string, id: string): string => `${idPrefix}-tab-${id}`;

/** The id of a tab's panel, for the tab's aria-controls. */
export const panelIdFor = (idPrefix: string, id: string): string => `${idPrefix}-panel-${id}`;

/** The tabs themselves; the page draws the current tab's panel with the ids `tabIdFor` and `panelIdFor` give. */
export function AddressTabs<Id extends string>({ tabs, current, label, hashOf, idPrefix, className }: Props<Id>) {
  const buttons = useRef<Partial<Record<Id, HTMLButtonElement | null>>>({});
  const choose = (id: Id) => { goTo(hashOf(id)); };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const count = tabs.length;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % count
      : event.key === 'ArrowLeft' ? (index - 1 + count) % count
      : event.key === 'Home' ? 0
      : event.key === 'End' ? count - 1
      : null;
    const next = target === null ? undefined : tabs[target];
    if (!next) return;
    event.preventDefault();
    choose(next.id);
    buttons.current[next.id]?.focus();
  };
  return (
    <div className={['plan-tabs', className].filter(Boolean).join(' ')} role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => { buttons.current[tab.id] = element; }}
          id={tabIdFor(idPrefix, tab.id)}
          type="button"
          role="tab"
          className="plan-tabs__tab"
          aria-selected={tab.id === current}
          aria-controls={tab.id === current ? panelIdFor(idPrefix, tab.id) : undefined}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => { choose(tab.id); }}
          onKeyDown={(event) => { onKeyDown(event, index); }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
