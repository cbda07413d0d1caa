// A labelled group of controls (region selects, radios, checkboxes, lists) laid out like a form row.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ProblemsContext } from './Field';

export interface GroupProps {
  label: string;
  path?: string;
  required?: boolean;
  /** Also show problems of paths below `path` (list items). */
  deep?: boolean;
  disabled?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function Messages({ path, deep, id }: { path?: string; deep?: boolean; id?: string }) {
  const problems = useContext(ProblemsContext).filter(
    (p) => path !== undefined && (p.path === path || (deep === true && p.path.startsWith(`${path}.`))),
  );
  return (
    <div id={id} class="messages" aria-live="polite">
      {problems.map((p) => (
        <div key={p.path + p.message} class={`msg msg-${p.severity}`}>
          {p.severity === 'error' ? '✖ ' : '⚠ '}
          {p.message}
        </div>
      ))}
    </div>
  );
}

export function Group({ label, path, required, deep, disabled, class: cls, children }: GroupProps) {
  return (
    <fieldset disabled={disabled} class={`field ${cls ?? ''}${disabled ? ' disabled' : ''}`}>
      <legend class="sr-only">{label}</legend>
      <span aria-hidden="true" class={`label${required ? ' req' : ''}`}>
        {label}
      </span>
      <div class="control">
        {children}
        <Messages path={path} deep={deep} />
      </div>
    </fieldset>
  );
}
