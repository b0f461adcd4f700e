import { useRef, useState } from 'react';

type Props = {
  /** What is moved, for screen readers: "action “Weekly huddles”". */
  what: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<void>;
};

/** Move up / Move down: the keyboard's way to reorder, keeping focus on the item that moved. */
export function MoveButtons({ what, index, count, onMove }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [isBusy, setBusy] = useState(false);

  const move = async (delta: -1 | 1) => {
    setBusy(true);
    await onMove(delta);
    setBusy(false);
    // Reordering moves the row in the page, which can drop focus; put it back on a button that still works.
    requestAnimationFrame(() => {
      const preferred = delta === -1 ? up.current : down.current;
      const other = delta === -1 ? down.current : up.current;
      (preferred && !preferred.disabled ? preferred : other)?.focus();
    });
  };

  return (
    <span className="plan-move">
      <button ref={up} type="button" className="button-secondary button-secondary--small" disabled={isBusy || index === 0} onClick={() => void move(-1)}>
        Move up<span className="visually-hidden"> {what}</span>
      </button>
      <button ref={down} type="button" className="button-secondary button-secondary--small" disabled={isBusy || index >= count - 1} onClick={() => void move(1)}>
        Move down<span className="visually-hidden"> {what}</span>
      </button>
    </span>
  );
}
