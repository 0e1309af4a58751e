/**
 * Labelled form controls of the options page: every control has a visible <label> (or a
 * <legend> for a group) tied to it, and an optional hint read as its description.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  name?: string;
}

/** A checkbox whose accessible name is exactly `label`; `hint` becomes its description. */
export function Checkbox({ label, checked, onChange, hint, name }: CheckboxProps) {
  const id = useId();
  return (
    <div class="field check">
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
  hint?: string;
}

/** A group of radio buttons under a legend (arrow keys move between them, as browsers do). */
export function RadioGroup<T extends string>({ legend, name, value, choices, onChange, hint }: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {choices.map((choice) => (
        <div class="field check" key={choice.value}>
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <label for={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
  disabled?: boolean;
  name?: string;
  /** Content shown after the select, e.g. a colour sample. */
  after?: ComponentChildren;
}

/** A labelled drop-down list. */
export function Select<T extends string>({ label, value, choices, onChange, disabled, name, after }: SelectProps<T>) {
  const id = useId();
  return (
    <div class="field select">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}
