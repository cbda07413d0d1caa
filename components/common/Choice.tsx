// 是/否 radios and checkbox groups, each a fieldset with a legend (a screen reader reads the question).
import { useContext } from 'preact/hooks';
import { ProblemsContext } from './Field';

interface Messages {
  path?: string;
}

function Msgs({ path }: Messages) {
  const problems = useContext(ProblemsContext).filter((p) => path !== undefined && p.path === path);
  return (
    <div class="messages" aria-live="polite">
      {problems.map((p) => (
        <div key={p.message} class={`msg msg-${p.severity}`}>
          {p.severity === 'error' ? '✖ ' : '⚠ '}
          {p.message}
        </div>
      ))}
    </div>
  );
}

export function YesNo({
  legend,
  path,
  value,
  onChange,
  required,
}: {
  legend: string;
  path?: string;
  value: boolean | null;
  onChange: (v: boolean) => void;
  required?: boolean;
}) {
  return (
    <fieldset class="field choice">
      <legend>
        {required && (
          <span class="req" aria-hidden="true">
            *
          </span>
        )}
        {legend}
      </legend>
      <div class="control">
        <label class="inline">
          <input type="radio" checked={value === true} onChange={() => onChange(true)} /> 是
        </label>
        <label class="inline">
          <input type="radio" checked={value === false} onChange={() => onChange(false)} /> 否
        </label>
        <Msgs path={path} />
      </div>
    </fieldset>
  );
}

export function CheckGroup<T extends string>({
  legend,
  path,
  options,
  value,
  onChange,
  disabled,
  required,
  labels,
}: {
  legend: string;
  path?: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  disabled?: boolean;
  required?: boolean;
  labels?: Partial<Record<T, string>>;
}) {
  const toggle = (o: T, on: boolean) =>
    onChange(on ? options.filter((x) => x === o || value.includes(x)) : value.filter((x) => x !== o));
  return (
    <fieldset class="field choice" disabled={disabled}>
      <legend>
        {required && (
          <span class="req" aria-hidden="true">
            *
          </span>
        )}
        {legend}
      </legend>
      <div class="control checks">
        {options.map((o) => (
          <label key={o} class="inline">
            <input type="checkbox" checked={value.includes(o)} onChange={(e) => toggle(o, e.currentTarget.checked)} />{' '}
            {labels?.[o] ?? o}
          </label>
        ))}
        <Msgs path={path} />
      </div>
    </fieldset>
  );
}
