// A labelled group of controls (region selects, radios, checkboxes, lists) laid out like a form row.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ProblemsContext, useTyping } from './Field';
import { withoutField } from './problem-text';

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

function Messages({ path, deep, typing }: { path?: string; deep?: boolean; typing: boolean }) {
  const problems = useContext(ProblemsContext).filter(
    (p) =>
      path !== undefined &&
      (p.path === path || (deep === true && p.path.startsWith(`${path}.`))) &&
      (!typing || p.complete),
  );
  return (
    <div class="messages" aria-live="polite">
      {problems.map((p) => (
        <div key={p.path + p.message} class={`msg tone tone-${p.severity}`}>
          {withoutField(p.message, p.field)}
        </div>
      ))}
    </div>
  );
}

export function Group({ label, path, required, deep, disabled, class: cls, children }: GroupProps) {
  const typing = useTyping();
  return (
    <fieldset disabled={disabled} class={`field ${cls ?? ''}${disabled ? ' disabled' : ''}`} data-path={path}>
      <legend class="sr-only">{label}</legend>
      <span aria-hidden="true" class={`label${required ? ' req' : ''}`}>
        {label}
      </span>
      <div class="control" {...typing.handlers}>
        {children}
        <Messages path={path} deep={deep} typing={typing.on} />
      </div>
    </fieldset>
  );
}
