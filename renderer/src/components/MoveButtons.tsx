import { useEffect, useRef, useState } from 'react';

type Props = {
  /** What is moved, for screen readers: "Councillor Tom Haverley", "action “Weekly huddles”". */
  what: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<void>;
};

/**
 * Move up / Move down: the keyboard's way to reorder a list, keeping focus on
 * the item that moved. Focus is put back after React has drawn the new order
 * (an effect), not on the next animation frame, which on a busy machine can
 * come before the buttons are enabled again and so leave focus on the page.
 * The caller's onMove resolves once the list is read back in its new order.
 */
export function MoveButtons({ what, index, count, onMove }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pending = useRef<-1 | 1 | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (pending.current === null || isBusy) return;
    const preferred = pending.current === -1 ? up.current : down.current;
    const other = pending.current === -1 ? down.current : up.current;
    pending.current = null;
    // At the top or bottom the button pressed is disabled: the other one still works.
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  });

  const move = async (delta: -1 | 1) => {
    pending.current = delta;
    setBusy(true);
    await onMove(delta);
    setBusy(false);
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
