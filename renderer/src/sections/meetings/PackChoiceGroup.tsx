import { useId } from 'react';

export type Choice<V extends string> = { value: V; label: string; hint?: string };

type Props<V extends string> = {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  isDisabled: boolean;
  onChange: (value: V) => void;
};

/** A radio group in a fieldset, each choice with an optional line saying what it means. */
export function PackChoiceGroup<V extends string>({ legend, choices, value, isDisabled, onChange }: Props<V>) {
  const name = useId();
  return (
    <fieldset className="pack-choice" disabled={isDisabled}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div key={choice.value} className="pack-choice__option">
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => { onChange(choice.value); }}
            />
            <label htmlFor={id}>{choice.label}</label>
            {choice.hint && <span id={`${id}-hint`} className="pack-choice__hint">{choice.hint}</span>}
          </div>
        );
      })}
    </fieldset>
  );
}
