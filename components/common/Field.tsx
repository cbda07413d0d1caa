// A labelled form row with the rules' inline messages for its profile path.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import type { CheckProblem } from '../../lib/messaging/problems';
import { t } from '../i18n';
import { withoutField } from './problem-text';

/** A problem as the editor has it: `complete` when the value has its full length (see lib/rules/problem.ts). */
export type EditorProblem = CheckProblem & { complete?: true };

/** The problems of the profile being edited; fields pick theirs by path. */
export const ProblemsContext = createContext<readonly EditorProblem[]>([]);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(target.type));

/**
 * Whether the user is typing in a control of this row: from its first keystroke to its blur. Meanwhile only what
 * a full-length value gets wrong shows ("应为18位" waits for the blur, "校验位不符" shows at the 18th digit).
 */
export function useTyping() {
  const [on, setOn] = useState(false);
  return {
    on,
    handlers: {
      onInput: (e: Event) => isTyping(e.target) && setOn(true),
      onFocusOut: () => setOn(false),
    },
  };
}

export interface FieldProps {
  label: string;
  /** Profile path of the value, for the rules' messages. */
  path?: string;
  required?: boolean;
  hint?: string;
  /** Renders the control with the id the label points at and the id of the message. */
  children: (ids: { id: string; describedBy: string; invalid: boolean }) => ComponentChildren;
}

export function Field({ label, path, required, hint, children }: FieldProps) {
  const id = useId();
  const msgId = `${id}-msg`;
  const typing = useTyping();
  const problems = useContext(ProblemsContext).filter(
    (p) => path !== undefined && p.path === path && (!typing.on || p.complete),
  );
  const invalid = problems.some((p) => p.severity === 'error');
  return (
    <div class={`field${invalid ? ' field-invalid' : ''}`} data-path={path}>
      <label for={id} class={required ? 'req' : undefined}>
        {label}
      </label>
      <div class="control" {...typing.handlers}>
        {children({ id, describedBy: msgId, invalid })}
        {hint && <div class="hint">{hint}</div>}
        <div id={msgId} class="messages" aria-live="polite">
          {problems.map((p) => (
            <div key={p.message} class={`msg tone tone-${p.severity}`}>
              {withoutField(p.message, p.field, label)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  path?: string;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  inputMode?: 'tel' | 'email' | 'numeric' | 'url';
}

export function TextField({
  label,
  path,
  value,
  onInput,
  required,
  placeholder,
  hint,
  multiline,
  inputMode,
}: TextFieldProps) {
  return (
    <Field label={label} path={path} required={required} hint={hint}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            rows={4}
            value={value}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            inputMode={inputMode}
            value={value}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  path?: string;
  value: T | '';
  options: readonly T[] | readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  required?: boolean;
  placeholder?: string;
}

export function SelectField<T extends string>({
  label,
  path,
  value,
  options,
  onChange,
  required,
  placeholder,
}: SelectFieldProps<T>) {
  const opts = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <Field label={label} path={path} required={required}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {(value === '' || placeholder) && <option value="">{placeholder ?? t('ui_choose')}</option>}
          {opts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
