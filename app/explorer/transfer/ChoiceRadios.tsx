import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ExportChoice, ExportChoiceInfo } from './export-choices';

/** One column of formats (Data or Picture), each with its extension and who reads it. */
export function FormatList(props: {
  title: string;
  choices: readonly ExportChoiceInfo[];
  value: ExportChoice;
  onChange: (choice: ExportChoice) => void;
}) {
  const titleId = useId();
  return (
    <div role="group" aria-labelledby={titleId} className="format-list">
      <p id={titleId} className="format-list-title">
        {props.title}
      </p>
      {props.choices.map((choice) => (
        <Radio
          key={choice.value}
          name="format"
          value={choice.value}
          checked={props.value === choice.value}
          onChange={() => props.onChange(choice.value)}
        >
          <span className="format-label">{choice.label}</span>
          <span className="field-hint">
            .{choice.extension} · {choice.hint}
          </span>
        </Radio>
      ))}
    </div>
  );
}

/** A labelled radio button; the label is the whole row, so a click anywhere on it chooses. */
export function Radio(props: {
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label className="radio">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
      />
      <span className="radio-text">{props.children}</span>
    </label>
  );
}
